import type { FormTemplate, LetterLanguage } from './types';

/*
 * English forms of address (forms-of-address.md, "English"; campaign-format.md, "Forms of address").
 * Titles keep the full stop ("Mr.", "Ms.") as the seed letter and the format's example do.
 * "Your Excellency," always closes with "Respectfully yours," as in the format's example, so the
 * same salutation never gets a different closing depending on the role.
 */

const EXCELLENCY: FormTemplate = { salutation: 'Your Excellency,', closing: 'Respectfully yours,' };

// The seed letter's pair comes first: it is what ACAT campaigns have used.
const PRESIDENT_MALE: FormTemplate[] = [
  { salutation: 'Dear Mr. President,', closing: 'Yours respectfully,' },
  EXCELLENCY,
  { salutation: 'Dear President {surname},', closing: 'Yours sincerely,' },
];
const PRESIDENT_FEMALE: FormTemplate[] = [
  { salutation: 'Dear Madam President,', closing: 'Yours respectfully,' },
  EXCELLENCY,
  { salutation: 'Dear President {surname},', closing: 'Yours sincerely,' },
];
const PRESIDENT_ANY: FormTemplate[] = [EXCELLENCY, { salutation: 'Dear President {surname},', closing: 'Yours sincerely,' }];

// Prime minister, minister, ambassador and governor forms carry no gender: one list for all three.
const PRIME_MINISTER: FormTemplate[] = [
  { salutation: 'Dear Prime Minister,', closing: 'Yours sincerely,' },
  EXCELLENCY,
  { salutation: 'Dear Prime Minister {surname},', closing: 'Yours sincerely,' },
];
// "Excellency" for ministers only where the state grants it, hence last.
const MINISTER: FormTemplate[] = [
  { salutation: 'Dear Minister,', closing: 'Yours sincerely,' },
  { salutation: 'Dear Minister {surname},', closing: 'Yours sincerely,' },
  EXCELLENCY,
];
const AMBASSADOR: FormTemplate[] = [EXCELLENCY, { salutation: 'Dear Ambassador,', closing: 'Yours sincerely,' }];
// "Excellency" for Commonwealth governors.
const GOVERNOR: FormTemplate[] = [
  { salutation: 'Dear Governor,', closing: 'Yours sincerely,' },
  { salutation: 'Dear Governor {surname},', closing: 'Yours sincerely,' },
  EXCELLENCY,
];

const PROSECUTOR_TITLES: FormTemplate[] = [
  { salutation: 'Dear Attorney General,', closing: 'Yours sincerely,' },
  { salutation: 'Dear Prosecutor General,', closing: 'Yours sincerely,' },
];

// After a name "Yours sincerely,"; after "Sir"/"Madam" "Yours faithfully,".
const PERSON_MALE: FormTemplate[] = [
  { salutation: 'Dear Mr. {surname},', closing: 'Yours sincerely,' },
  { salutation: 'Dear Sir,', closing: 'Yours faithfully,' },
];
const PERSON_FEMALE: FormTemplate[] = [
  { salutation: 'Dear Ms. {surname},', closing: 'Yours sincerely,' },
  { salutation: 'Dear Madam,', closing: 'Yours faithfully,' },
];
const PERSON_ANY: FormTemplate[] = [
  { salutation: 'Dear {fullName},', closing: 'Yours sincerely,' },
  { salutation: 'Dear Sir or Madam,', closing: 'Yours faithfully,' },
];

export const en: LetterLanguage = {
  code: 'en',
  endonym: 'English',
  salutationComma: 'as-written',
  forms: {
    'head-of-state': { male: PRESIDENT_MALE, female: PRESIDENT_FEMALE, unspecified: PRESIDENT_ANY },
    'head-of-government': { male: PRIME_MINISTER, female: PRIME_MINISTER, unspecified: PRIME_MINISTER },
    minister: { male: MINISTER, female: MINISTER, unspecified: MINISTER },
    ambassador: { male: AMBASSADOR, female: AMBASSADOR, unspecified: AMBASSADOR },
    prosecutor: {
      male: [...PROSECUTOR_TITLES, { salutation: 'Dear Mr. {surname},', closing: 'Yours sincerely,' }],
      female: [...PROSECUTOR_TITLES, { salutation: 'Dear Ms. {surname},', closing: 'Yours sincerely,' }],
      unspecified: PROSECUTOR_TITLES,
    },
    judge: {
      male: [
        { salutation: 'Dear Judge {surname},', closing: 'Yours sincerely,' },
        // For the president of a court.
        { salutation: 'Dear Mr. President,', closing: 'Yours respectfully,' },
      ],
      female: [
        { salutation: 'Dear Judge {surname},', closing: 'Yours sincerely,' },
        { salutation: 'Dear Madam President,', closing: 'Yours respectfully,' },
      ],
      unspecified: [
        { salutation: 'Dear Judge,', closing: 'Yours sincerely,' },
        { salutation: 'Dear Judge {surname},', closing: 'Yours sincerely,' },
      ],
    },
    governor: { male: GOVERNOR, female: GOVERNOR, unspecified: GOVERNOR },
    official: { male: PERSON_MALE, female: PERSON_FEMALE, unspecified: PERSON_ANY },
    other: { male: PERSON_MALE, female: PERSON_FEMALE, unspecified: PERSON_ANY },
  },
  dateLine: {
    withPlace: '{place}, {day} {month} {year}',
    withoutPlace: '{day} {month} {year}',
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  copyLabel: 'Copy:',
  copyOfLetter: (recipient) => `Copy of my letter to ${recipient}`,
  pageLabel: 'Page {n} of {total}',
  fillIn: { name: 'Name', address: 'Address', signature: 'Signature' },
  titles: { written: { female: 'Mrs', male: 'Mr', ms: 'Ms' }, alsoRead: { female: ['Miss'] } },
  homeCountry: 'Switzerland',
};
