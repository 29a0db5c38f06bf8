import type { FormTemplate, LetterLanguage } from './types';

/*
 * French forms of address (forms-of-address.md, "French"). The closing always repeats the exact
 * salutation between commas ({appel}). Levels of "considération" follow the reference: "très haute"
 * for heads of state and government and ambassadors, "haute" for ministers; for prosecutors, judges
 * and governors the reference marks "haute" as general knowledge [GK] — worth checking against the
 * FDFA "Protocole épistolaire". Feminine titles are current official usage.
 */

const VERY_HIGH = "Veuillez agréer, {appel}, l'expression de ma très haute considération.";
const HIGH = "Veuillez agréer, {appel}, l'expression de ma haute considération.";
const AMBASSADORIAL = "Veuillez agréer, {appel}, les assurances de ma très haute considération.";
const DISTINGUISHED = "Veuillez agréer, {appel}, l'expression de ma considération distinguée.";
const PLAIN = "Veuillez agréer, {appel}, l'expression de mes salutations distinguées.";

/** One pair per salutation, all with the same closing formula. */
function withClosing(closing: string, ...salutations: string[]): FormTemplate[] {
  return salutations.map((salutation) => ({ salutation, closing }));
}

// "Excellence," suits states that use it; French protocol keeps it for the neutral case only.
const EXCELLENCY = withClosing(VERY_HIGH, 'Excellence,');
const NEUTRAL = 'Madame, Monsieur,';

export const fr: LetterLanguage = {
  code: 'fr',
  endonym: 'Français',
  salutationComma: 'as-written',
  forms: {
    'head-of-state': {
      male: withClosing(VERY_HIGH, 'Monsieur le Président,', 'Monsieur le Président de la République,'),
      female: withClosing(VERY_HIGH, 'Madame la Présidente,', 'Madame la Présidente de la République,'),
      unspecified: EXCELLENCY,
    },
    'head-of-government': {
      male: withClosing(VERY_HIGH, 'Monsieur le Premier ministre,'),
      female: withClosing(VERY_HIGH, 'Madame la Première ministre,'),
      unspecified: EXCELLENCY,
    },
    minister: {
      male: withClosing(HIGH, 'Monsieur le Ministre,'),
      female: withClosing(HIGH, 'Madame la Ministre,'),
      unspecified: withClosing(HIGH, 'Madame la Ministre, Monsieur le Ministre,'),
    },
    ambassador: {
      male: withClosing(AMBASSADORIAL, "Monsieur l'Ambassadeur,"),
      female: withClosing(AMBASSADORIAL, "Madame l'Ambassadrice,"),
      unspecified: withClosing(AMBASSADORIAL, 'Excellence,'),
    },
    prosecutor: {
      male: withClosing(HIGH, 'Monsieur le Procureur général,'),
      female: withClosing(HIGH, 'Madame la Procureure générale,'),
      unspecified: withClosing(HIGH, NEUTRAL),
    },
    judge: {
      // "Président(e)" for the president of a court, who usually receives appeals.
      male: withClosing(HIGH, 'Monsieur le Président,', 'Monsieur le Juge,'),
      female: withClosing(HIGH, 'Madame la Présidente,', 'Madame la Juge,'),
      unspecified: withClosing(HIGH, NEUTRAL),
    },
    governor: {
      male: withClosing(HIGH, 'Monsieur le Gouverneur,'),
      female: withClosing(HIGH, 'Madame la Gouverneure,'),
      unspecified: withClosing(HIGH, NEUTRAL),
    },
    official: {
      male: withClosing(DISTINGUISHED, 'Monsieur le Directeur,', 'Monsieur,'),
      female: withClosing(DISTINGUISHED, 'Madame la Directrice,', 'Madame,'),
      unspecified: withClosing(DISTINGUISHED, NEUTRAL),
    },
    other: {
      male: withClosing(PLAIN, 'Monsieur,'),
      female: withClosing(PLAIN, 'Madame,'),
      unspecified: withClosing(PLAIN, NEUTRAL),
    },
  },
  dateLine: {
    withPlace: '{place}, le {day} {month} {year}',
    withoutPlace: 'Le {day} {month} {year}',
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    firstOfMonth: '1er',
  },
  // French puts a no-break space (U+00A0) before a colon.
  copyLabel: 'Copie\u00a0:',
  copyOfLetter: (recipient) => `Copie de ma lettre à ${recipient}`,
  pageLabel: 'Page {n} sur {total}',
  fillIn: { name: 'Nom', address: 'Adresse', signature: 'Signature' },
  titles: { written: { female: 'Mme', male: 'M.', ms: 'Mme' }, alsoRead: { female: ['Madame', 'Mlle', 'Mademoiselle'], male: ['Monsieur'] } },
  homeCountry: 'Suisse',
};
