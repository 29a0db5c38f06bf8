import type { Glossary } from './types';

export const it: Glossary = [
  {
    concept: 'an appeal in the list, imported, archived, deleted, shared (not the letter a member writes)',
    term: 'campagna',
    avoid: [
      /\blettere archiviate\b/i,
      // "Le lettere salvate come file" are letters, rightly.
      /\blettere salvate\b(?! come file)/i,
      // "L’elenco delle lettere stampate" is the print log: letters, rightly.
      /\belenco delle lettere\b(?! stampate)/i,
      /\btra le (mie|sue) lettere\b/i,
      /\buna delle sue lettere\b/i,
      /\bsue lettere restano\b/i,
      /\bnon ci sono ancora lettere\b/i,
      /\beliminare questa lettera\b/i,
      /\bnon è stato possibile aprire questa lettera\b/i,
    ],
  },
  { concept: 'the envelope that holds an A4 sheet folded in three', term: 'C6/5', avoid: [/C5\/6/] },
  {
    concept: 'saving at once, beside changes that are saved as they are typed',
    term: 'Salvare ora',
    avoid: [/^Salvare le modifiche$/i],
  },
  {
    concept: 'how the letter begins ("Dear Mr. President,"), paired with its closing',
    term: 'saluto',
    avoid: [],
  },
];
