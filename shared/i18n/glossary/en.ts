import type { Glossary } from './types';

export const en: Glossary = [
  {
    concept: 'an appeal in the list, imported, archived, deleted, shared (not the letter a member writes)',
    term: 'campaign',
    avoid: [
      /\b(archived|saved) letters\b/i,
      // "The list of letters printed for your groups" is the print log: letters, rightly.
      /\blist of letters\b(?! printed)/i,
      /\b(to|among|of) (my|your) letters\b/i,
      /\byour letters stay\b/i,
      /\bno letters yet\b/i,
      /\bletters you have put aside\b/i,
      /\bdelete this letter\b/i,
      /\bthis letter could not be opened\b/i,
    ],
  },
  { concept: 'the envelope that holds an A4 sheet folded in three', term: 'C6/5', avoid: [/C5\/6/] },
  {
    concept: 'saving at once, beside changes that are saved as they are typed',
    term: 'Save now',
    avoid: [/^Save changes$/i],
  },
  {
    concept: 'how the letter begins ("Dear Mr. President,"), paired with its closing',
    term: 'salutation',
    avoid: [/\bgreetings?\b/i],
  },
];
