import type { FormTemplate, LetterLanguage } from './types';

/*
 * German forms of address (forms-of-address.md, "German"). Written without the comma after the
 * salutation: `salutationFor` adds it when the body continues in lower case. Swiss spelling
 * throughout: "ss", never "ß" ("Grüsse"). "Exzellenz" stands alone as a salutation ("Ihre
 * Exzellenz" belongs in the address). "Hochachtungsvoll" reads dated; it stays second where the
 * reference offers "Mit vorzüglicher Hochachtung".
 */

const HIGHEST_ESTEEM = 'Mit vorzüglicher Hochachtung';
const DIPLOMATIC_ESTEEM = 'Mit ausgezeichneter Hochachtung';
const RESPECTFULLY = 'Hochachtungsvoll';
const KIND_REGARDS = 'Mit freundlichen Grüssen';

const EXCELLENCY: FormTemplate = { salutation: 'Exzellenz', closing: HIGHEST_ESTEEM };
const LADIES_AND_GENTLEMEN = 'Sehr geehrte Damen und Herren';

/** Prosecutors and judges: "Hochachtungsvoll" first as the reference lists it, the friendlier close second. */
function judicial(salutations: string[]): FormTemplate[] {
  return salutations.flatMap((salutation) => [
    { salutation, closing: RESPECTFULLY },
    { salutation, closing: KIND_REGARDS },
  ]);
}

export const de: LetterLanguage = {
  code: 'de',
  endonym: 'Deutsch',
  salutationComma: 'when-body-starts-lower-case',
  forms: {
    'head-of-state': {
      male: [
        EXCELLENCY,
        { salutation: 'Sehr geehrter Herr Präsident', closing: HIGHEST_ESTEEM },
        { salutation: 'Hochverehrter Herr Präsident', closing: 'Mit dem Ausdruck meiner ausgezeichneten Hochachtung' },
      ],
      female: [
        EXCELLENCY,
        { salutation: 'Sehr geehrte Frau Präsidentin', closing: HIGHEST_ESTEEM },
        { salutation: 'Hochverehrte Frau Präsidentin', closing: 'Mit dem Ausdruck meiner ausgezeichneten Hochachtung' },
      ],
      unspecified: [EXCELLENCY],
    },
    'head-of-government': {
      male: [EXCELLENCY, { salutation: 'Sehr geehrter Herr Premierminister', closing: HIGHEST_ESTEEM }],
      female: [EXCELLENCY, { salutation: 'Sehr geehrte Frau Premierministerin', closing: HIGHEST_ESTEEM }],
      unspecified: [EXCELLENCY],
    },
    minister: {
      male: [{ salutation: 'Sehr geehrter Herr Minister', closing: HIGHEST_ESTEEM }, EXCELLENCY],
      female: [{ salutation: 'Sehr geehrte Frau Ministerin', closing: HIGHEST_ESTEEM }, EXCELLENCY],
      unspecified: [EXCELLENCY],
    },
    ambassador: {
      male: [
        { salutation: 'Exzellenz', closing: DIPLOMATIC_ESTEEM },
        { salutation: 'Sehr geehrter Herr Botschafter', closing: DIPLOMATIC_ESTEEM },
      ],
      female: [
        { salutation: 'Exzellenz', closing: DIPLOMATIC_ESTEEM },
        { salutation: 'Sehr geehrte Frau Botschafterin', closing: DIPLOMATIC_ESTEEM },
      ],
      unspecified: [{ salutation: 'Exzellenz', closing: DIPLOMATIC_ESTEEM }],
    },
    prosecutor: {
      male: judicial(['Sehr geehrter Herr Generalstaatsanwalt']),
      female: judicial(['Sehr geehrte Frau Generalstaatsanwältin']),
      unspecified: judicial([LADIES_AND_GENTLEMEN]),
    },
    judge: {
      // "Präsident(in)" for the president of a court, who usually receives appeals.
      male: judicial(['Sehr geehrter Herr Präsident', 'Sehr geehrter Herr Richter']),
      female: judicial(['Sehr geehrte Frau Präsidentin', 'Sehr geehrte Frau Richterin']),
      unspecified: judicial([LADIES_AND_GENTLEMEN]),
    },
    governor: {
      male: [
        { salutation: 'Sehr geehrter Herr Gouverneur', closing: HIGHEST_ESTEEM },
        { salutation: 'Sehr geehrter Herr Gouverneur', closing: RESPECTFULLY },
      ],
      female: [
        { salutation: 'Sehr geehrte Frau Gouverneurin', closing: HIGHEST_ESTEEM },
        { salutation: 'Sehr geehrte Frau Gouverneurin', closing: RESPECTFULLY },
      ],
      unspecified: [{ salutation: LADIES_AND_GENTLEMEN, closing: HIGHEST_ESTEEM }],
    },
    official: {
      male: [{ salutation: 'Sehr geehrter Herr {surname}', closing: KIND_REGARDS }],
      female: [{ salutation: 'Sehr geehrte Frau {surname}', closing: KIND_REGARDS }],
      unspecified: [{ salutation: LADIES_AND_GENTLEMEN, closing: KIND_REGARDS }],
    },
    other: {
      male: [{ salutation: 'Sehr geehrter Herr {surname}', closing: KIND_REGARDS }],
      female: [{ salutation: 'Sehr geehrte Frau {surname}', closing: KIND_REGARDS }],
      unspecified: [{ salutation: LADIES_AND_GENTLEMEN, closing: KIND_REGARDS }],
    },
  },
  dateLine: {
    // Swiss and current German usage: no "den" before the date.
    withPlace: '{place}, {day}. {month} {year}',
    withoutPlace: '{day}. {month} {year}',
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
  },
  copyLabel: 'Kopie:',
  copyOfLetter: (recipient) => `Kopie meines Briefes an ${recipient}`,
  pageLabel: 'Seite {n} von {total}',
  fillIn: { name: 'Name', address: 'Adresse', signature: 'Unterschrift' },
  titles: { written: { female: 'Frau', male: 'Herr', ms: 'Frau' }, alsoRead: { male: ['Herrn'] } },
  homeCountry: 'Schweiz',
};
