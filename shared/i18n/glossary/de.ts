import type { Glossary } from './types';

export const de: Glossary = [
  {
    concept: 'an appeal in the list, imported, archived, deleted, shared (not the letter a member writes)',
    term: 'Kampagne',
    avoid: [
      /\barchivierten? Briefe/i,
      /\bgespeicherten Briefe/i,
      // "Die Liste der Briefe, die … gedruckt wurden" is the print log: letters, rightly.
      /\bListe der Briefe\b(?!, die)/i,
      /\b(bei|zu) (meinen|Ihren) Briefen\b/i,
      /\beinem Ihrer Briefe\b/i,
      /\bIhre Briefe bleiben\b/i,
      /\bnoch keine Briefe vorhanden\b/i,
      /\bdiesen Brief löschen\b/i,
      /\bdieser Brief konnte nicht geöffnet werden\b/i,
    ],
  },
  { concept: 'the envelope that holds an A4 sheet folded in three', term: 'C6/5', avoid: [/C5\/6/] },
  {
    concept: 'saving at once, beside changes that are saved as they are typed',
    term: 'Jetzt speichern',
    avoid: [/^Änderungen speichern$/i],
  },
  {
    concept: 'how the letter begins ("Dear Mr. President,"), paired with its closing',
    term: 'Anrede',
    // „Begrüssung“ is the welcome panel, a different thing: no variant has drifted in yet.
    avoid: [],
  },
];
