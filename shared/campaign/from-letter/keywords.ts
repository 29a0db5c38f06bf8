import type { SenderBlank } from './types';

/**
 * The words that mark the parts of an appeal letter, per language, in one place. Written as the
 * letters write them; comparisons fold case, accents and apostrophes (text-fold.ts). The salutations
 * themselves come from the app's forms-of-address tables (shared/letter/languages), not from here.
 * The words of addresses (titles, offices) are in office-words.ts.
 */

export const RECOGNISED_LANGUAGES = ['de', 'fr', 'it', 'en'] as const;
export type RecognisedLanguage = (typeof RECOGNISED_LANGUAGES)[number];

export interface SenderLabel {
  label: string;
  blanks: readonly SenderBlank[];
}

export interface CopyLabel {
  label: string;
  /** True where the label reads on into the names ("Copie à l'Ambassade", "cc Embassy"). */
  runsOn?: boolean;
}

export interface LanguageWords {
  /** Labels that make a line the subject; a colon must follow ("Objet :"). */
  subjectLabels: readonly string[];
  copyLabels: readonly CopyLabel[];
  /** The place-and-date blank ("Ort, Datum: ____"), which the member's own line replaces. */
  placeDateLabels: readonly string[];
  senderLabels: readonly SenderLabel[];
  /** A line starting so is a salutation even without a comma ("Dear …", "Sehr geehrte …"). */
  strongOpeners: readonly string[];
  /** A line starting so is a salutation only when it ends in a comma, colon or "!" ("Monsieur le Juge,"). */
  weakOpeners: readonly string[];
  /** Closing formulas as whole lines, beyond those in the forms tables. */
  closings: readonly string[];
  /** A line starting so is the closing, whatever follows ("Veuillez agréer, …"). */
  closingStarts: readonly string[];
  /** A line holding this is the closing even after a first clause ("En vous remerciant …, je vous prie d'agréer …"). */
  closingContains: readonly string[];
  /** Frequent words that tell the language apart (no word shared by two of the four languages). */
  commonWords: readonly string[];
  /** A draft's title when the letter has no subject: "{letterTo} Ilham Aliyev". */
  letterTo: string;
  letter: string;
}

export const LANGUAGE_WORDS: Readonly<Record<RecognisedLanguage, LanguageWords>> = {
  de: {
    subjectLabels: ['Betreff', 'Betrifft', 'Betr.', 'Betr'],
    copyLabels: [
      { label: 'Kopie zur Kenntnis an', runsOn: true },
      { label: 'Kopie z.K. an', runsOn: true },
      { label: 'Kopien an', runsOn: true },
      { label: 'Kopie an', runsOn: true },
      { label: 'Kopie z.K.' },
      { label: 'Kopien' },
      { label: 'Kopie' },
    ],
    placeDateLabels: ['Ort, Datum', 'Ort und Datum', 'Ort/Datum', 'Datum, Ort', 'Datum'],
    senderLabels: [
      { label: 'Name und Adresse', blanks: ['name', 'address'] },
      { label: 'Name und Anschrift', blanks: ['name', 'address'] },
      { label: 'Name, Adresse', blanks: ['name', 'address'] },
      { label: 'Absenderin', blanks: ['name', 'address'] },
      { label: 'Absender', blanks: ['name', 'address'] },
      { label: 'Name, Vorname', blanks: ['name'] },
      { label: 'Vorname, Name', blanks: ['name'] },
      { label: 'Vorname und Name', blanks: ['name'] },
      { label: 'Vorname', blanks: ['name'] },
      { label: 'Nachname', blanks: ['name'] },
      { label: 'Name', blanks: ['name'] },
      { label: 'Adresse', blanks: ['address'] },
      { label: 'Anschrift', blanks: ['address'] },
      { label: 'PLZ, Ort', blanks: ['address'] },
      { label: 'Unterschrift', blanks: ['signature'] },
    ],
    strongOpeners: ['Sehr geehrter', 'Sehr geehrte', 'Geehrter', 'Geehrte', 'Hochverehrter', 'Hochverehrte', 'Lieber', 'Liebe', 'Exzellenz'],
    weakOpeners: ['Herr', 'Frau', 'Guten Tag', 'Grüezi', 'Grüss Gott'],
    closings: [
      'Mit vorzüglicher Hochachtung', 'Mit ausgezeichneter Hochachtung', 'Hochachtungsvoll', 'Mit freundlichen Grüssen',
      'Freundliche Grüsse', 'Mit besten Grüssen', 'Mit hochachtungsvollen Grüssen', 'Mit Hochachtung',
      'Mit respektvollen Grüssen', 'Respektvoll',
    ],
    closingStarts: ['Mit vorzüglicher Hochachtung', 'Mit ausgezeichneter Hochachtung', 'Mit dem Ausdruck', 'Mit freundlichen Grüssen', 'Mit hochachtungsvollen Grüssen'],
    closingContains: ['verbleibe ich mit', 'mit vorzüglicher Hochachtung'],
    commonWords: ['und', 'der', 'die', 'das', 'sie', 'ihnen', 'nicht', 'mit', 'ist', 'zu', 'ich', 'ein', 'eine', 'den', 'dem', 'des', 'auf', 'für', 'von', 'wird', 'wurde', 'sind', 'dass', 'sehr', 'bitte'],
    letterTo: 'Brief an',
    letter: 'Brief',
  },
  fr: {
    subjectLabels: ['Objet', 'Concerne', 'Sujet'],
    copyLabels: [
      { label: 'Copie pour information à', runsOn: true },
      { label: 'Copie pour information' },
      { label: 'Copies à', runsOn: true },
      { label: 'Copie à', runsOn: true },
      { label: 'Copie a', runsOn: true },
      { label: 'Copies' },
      { label: 'Copie' },
    ],
    placeDateLabels: ['Lieu, date', 'Lieu et date', 'Lieu/date', 'Date, lieu', 'Fait à', 'Date', 'Lieu'],
    senderLabels: [
      { label: 'Nom et adresse', blanks: ['name', 'address'] },
      { label: 'Nom, adresse', blanks: ['name', 'address'] },
      { label: 'Nom, prénom et adresse', blanks: ['name', 'address'] },
      { label: 'Expéditrice', blanks: ['name', 'address'] },
      { label: 'Expéditeur', blanks: ['name', 'address'] },
      { label: 'Nom et prénom', blanks: ['name'] },
      { label: 'Nom, prénom', blanks: ['name'] },
      { label: 'Prénom et nom', blanks: ['name'] },
      { label: 'Prénom', blanks: ['name'] },
      { label: 'Nom', blanks: ['name'] },
      { label: 'Adresse', blanks: ['address'] },
      { label: 'Signature', blanks: ['signature'] },
    ],
    strongOpeners: ['Cher', 'Chère', 'Chers'],
    weakOpeners: ['Monsieur', 'Madame', 'Mesdames', 'Messieurs', 'Excellence', 'Votre Excellence', 'Bonjour', 'Maître'],
    closings: [
      'Respectueusement', 'Avec mes salutations distinguées', 'Avec mes respectueuses salutations',
      'Salutations distinguées', 'Meilleures salutations', 'Avec mes meilleures salutations', 'Avec ma haute considération',
      'Avec ma très haute considération', 'Cordialement',
    ],
    closingStarts: [
      'Veuillez agréer', 'Veuillez recevoir', 'Veuillez croire', "Je vous prie d'agréer", 'Je vous prie de recevoir',
      'Je vous prie de croire', "Nous vous prions d'agréer", 'Recevez,',
    ],
    closingContains: ["je vous prie d'agréer", 'veuillez agréer'],
    commonWords: ['et', 'le', 'les', 'des', 'vous', 'que', 'est', 'pour', 'je', 'une', 'du', 'au', 'aux', 'sont', 'dans', 'qui', 'pas', 'ont', 'été', 'sur', 'votre', 'de', 'ce', 'cette'],
    letterTo: 'Lettre à',
    letter: 'Lettre',
  },
  it: {
    subjectLabels: ['Oggetto', 'Ogg.', 'Ogg'],
    copyLabels: [
      { label: 'Copia per conoscenza a', runsOn: true },
      { label: 'Copia per conoscenza' },
      { label: 'Copie a', runsOn: true },
      { label: 'Copia a', runsOn: true },
      { label: 'Copia' },
      { label: 'Copie' },
      { label: 'p.c.', runsOn: true },
      { label: 'p.c', runsOn: true },
    ],
    placeDateLabels: ['Luogo e data', 'Luogo, data', 'Luogo/data', 'Data e luogo', 'Data', 'Luogo'],
    senderLabels: [
      { label: 'Nome e indirizzo', blanks: ['name', 'address'] },
      { label: 'Nome, indirizzo', blanks: ['name', 'address'] },
      { label: 'Mittente', blanks: ['name', 'address'] },
      { label: 'Nome e cognome', blanks: ['name'] },
      { label: 'Cognome e nome', blanks: ['name'] },
      { label: 'Nome, cognome', blanks: ['name'] },
      { label: 'Cognome', blanks: ['name'] },
      { label: 'Nome', blanks: ['name'] },
      { label: 'Indirizzo', blanks: ['address'] },
      { label: 'Firma', blanks: ['signature'] },
    ],
    strongOpeners: ['Gentilissimo', 'Gentilissima', 'Egregio Signor', 'Egregia Signora', 'Caro', 'Cara'],
    weakOpeners: ['Signor', 'Signora', 'Signore', 'Eccellenza', 'Illustre', 'Illustrissimo', 'Onorevole', 'Egregio', 'Egregia', 'Gentile', 'Buongiorno'],
    closings: [
      'Distinti saluti', 'Cordiali saluti', 'Con osservanza', 'Con ossequio', 'Con stima', 'Con i migliori saluti',
      'Rispettosi saluti', 'Con rispetto', 'Con deferenza', 'Saluti',
    ],
    closingStarts: ['Voglia gradire', 'Voglia accogliere', 'La prego di gradire', 'La prego di accogliere', 'Con osservanza', 'Distinti saluti', 'Con i migliori saluti'],
    closingContains: ['voglia gradire', 'porgo distinti saluti', 'porgo cordiali saluti', 'i sensi della mia'],
    commonWords: ['il', 'di', 'che', 'per', 'del', 'della', 'sono', 'lei', 'non', 'gli', 'delle', 'nel', 'nella', 'una', 'ed', 'e', 'è', 'dei', 'al', 'alla', 'suo', 'sua', 'stato'],
    letterTo: 'Lettera a',
    letter: 'Lettera',
  },
  en: {
    subjectLabels: ['Subject', 'Subj.', 'Re', 'Regarding', 'Concerning'],
    copyLabels: [
      { label: 'Copy to', runsOn: true },
      { label: 'Copies to', runsOn: true },
      { label: 'Copy' },
      { label: 'Copies' },
    ],
    placeDateLabels: ['Place, date', 'Place and date', 'Place/date', 'Date and place', 'Date', 'Place'],
    senderLabels: [
      { label: 'Name and address', blanks: ['name', 'address'] },
      { label: 'Name, address', blanks: ['name', 'address'] },
      { label: 'Sender', blanks: ['name', 'address'] },
      { label: 'Your name', blanks: ['name'] },
      { label: 'Full name', blanks: ['name'] },
      { label: 'Name', blanks: ['name'] },
      { label: 'Your address', blanks: ['address'] },
      { label: 'Address', blanks: ['address'] },
      { label: 'Signature', blanks: ['signature'] },
      { label: 'Signed', blanks: ['signature'] },
    ],
    strongOpeners: ['Dear', 'Your Excellency', 'To whom it may concern'],
    weakOpeners: ['Excellency', 'Your Honour', 'Your Honor', 'Honourable', 'Honorable', 'Sir', 'Madam', 'Hello'],
    closings: [
      'Yours sincerely', 'Yours faithfully', 'Yours respectfully', 'Respectfully yours', 'Sincerely yours', 'Yours truly',
      'Respectfully', 'Sincerely', 'Kind regards', 'Best regards', 'With kind regards', 'With best regards', 'With respect',
      'Regards',
    ],
    closingStarts: ['Yours sincerely', 'Yours faithfully', 'Yours respectfully', 'Respectfully yours', 'Sincerely yours', 'Yours truly', 'With kind regards'],
    closingContains: ['i remain, yours', 'i remain yours'],
    commonWords: ['the', 'and', 'you', 'your', 'that', 'is', 'are', 'for', 'with', 'this', 'have', 'has', 'been', 'which', 'were', 'their', 'would', 'should', 'urge', 'of', 'to'],
    letterTo: 'Letter to',
    letter: 'Letter',
  },
};

/** Labels every language shares ("cc" is everywhere). */
export const SHARED_COPY_LABELS: readonly CopyLabel[] = [
  { label: 'c.c.', runsOn: true },
  { label: 'cc', runsOn: true },
  { label: 'c/c', runsOn: true },
];

/** List markers a word processor or PDF leaves at the start of an item (Word's Symbol bullets too). */
export const BULLET_MARKERS: readonly string[] = ['•', '·', '‧', '∙', '●', '○', '◦', '▪', '■', '□', '►', '▶', '➢', '➤', '', '', '', '–', '—', '-'];

/**
 * "word/word" pairs that are not a choice for the member: conjunctions, and gender endings written
 * after a slash ("Unterstützer/in", "sympathisant/e").
 */
export const NOT_A_CHOICE: { pairs: readonly string[]; endings: readonly string[] } = {
  pairs: ['and/or', 'or/and', 'und/oder', 'oder/und', 'et/ou', 'ou/et', 'e/o', 'o/e', 'he/she', 'she/he', 'er/sie', 'sie/er', 'il/elle', 'elle/il', 'lui/lei', 'lei/lui', 'his/her', 'her/his', 'him/her'],
  endings: ['in', 'innen', 'e', 'es', 'x', 'r', 'n', 's', 'ne', 'le', 'la', 'ice', 'rice', 'trice', 'a', 'o', 'i', 'ssa', 'esse', 'euse', 'ière', 'ère'],
};
