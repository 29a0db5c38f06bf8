import type { Glossary } from './types';

export const fr: Glossary = [
  {
    concept: 'an appeal in the list, imported, archived, deleted, shared (not the letter a member writes)',
    term: 'campagne',
    avoid: [
      /\blettres? archivées?\b/i,
      /\blettres enregistrées\b/i,
      // « La liste des lettres imprimées » is the print log: letters, rightly.
      /\bliste des lettres\b(?! imprimées)/i,
      /\b(dans|parmi|partie de) (mes|vos) lettres\b/i,
      /\bd’une de vos lettres\b/i,
      /\bvos lettres restent\b/i,
      /\bencore aucune lettre\b/i,
      /\bsupprimer cette lettre\b/i,
      /\bcette lettre n’a pas pu être ouverte\b/i,
    ],
  },
  { concept: 'the envelope that holds an A4 sheet folded in three', term: 'C6/5', avoid: [/C5\/6/] },
  {
    concept: 'saving at once, beside changes that are saved as they are typed',
    term: 'Enregistrer maintenant',
    avoid: [/^Enregistrer les modifications$/i],
  },
  {
    concept: 'how the letter begins ("Dear Mr. President,"), paired with its closing',
    term: 'formule d’appel',
    // The English word, not the French term; "{{salutation}}" is a placeholder and stays.
    avoid: [/(?<!\{)\bsalutation\b(?!\})/i],
  },
];
