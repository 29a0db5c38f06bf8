import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignDraftSchema } from '../../shared/campaign/draft';
import {
  LETTER_PARTS,
  UNSURE_REASONS,
  cleanLetterText,
  draftFromRecognition,
  recogniseLetter,
  type LetterRecognition,
} from '../../shared/campaign/from-letter';
import { fuzzRuns } from '../support/fuzz-runs';
import { SEED_LETTER_FILE } from '../support/seed-letter';

const SEED = SEED_LETTER_FILE;

// Pieces of real letters, labels, markers and artefacts: random text alone rarely meets them.
const FRAGMENTS = [
  'Mr. Ilham Aliyev',
  'Herrn',
  'S.E. Monsieur Ilham Aliyev',
  'Al Presidente della Repubblica',
  'President of the Republic of Azerbaijan',
  'Istiqlaliyyat Street 19',
  '1066 Baku',
  'Azerbaijan',
  'Dear Mr. President,',
  'Sehr geehrte Frau Ministerin',
  'Monsieur le Président,',
  'Signor Presidente,',
  'Exzellenz',
  'As a member/supporter of ACAT-Switzerland, I am writing to you regarding the situation of',
  'the Armenian population in the region.',
  'I therefore urge you to:',
  '· make sure that these provisions are applied;',
  '• ensure',
  '– launch',
  '1. first',
  '2. second',
  'a) alpha',
  'b) beta',
  '1999. The year',
  '* star',
  '{{sender.city}} {{a|b}} }}{{',
  'Yours respectfully,',
  'Mit vorzüglicher Hochachtung',
  "Veuillez agréer, Monsieur le Président, l'expression de ma",
  'très haute considération.',
  'Con osservanza,',
  'Copy:',
  'Kopie an:',
  'Copie : Ambassade, Rue 1, 1202 Genève',
  'cc',
  'c.c. Embassy of X, Street 1, 3006 Bern',
  'Mrs Hanum Ibrahimova, Ambassador, Embassy of the Republic of Azerbaijan, Kramburgstrasse 10, 3006 Bern',
  'Name: ______ Unterschrift: ______',
  'Ort, Datum: ______',
  'Lieu, date : ……',
  'Betreff:',
  'Objet : Haut-Karabakh',
  'Re: appeal',
  '[bookmark: _Hlk524538026]',
  '{ PAGE }',
  '{ HYPERLINK "https://x" }',
  'HYPERLINK "https://www.acat.ch" www.acat.ch',
  '{ MERGEFIELD Name \\* MERGEFORMAT }',
  '____________',
  '. . . . . .',
  'ACAT-Switzerland is a politically neutral and independent human rights organization.',
  '',
  '   ',
  '\t',
  '\u200b\u00a0',
];

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })).map(([a, b]) => a + b) },
);
const letterText = fc
  .tuple(fc.array(line, { maxLength: 50 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, newline]) => lines.join(newline));

/** Every line of the cleaned text is in some part's original or among the unplaced texts. */
function lostLines(input: string, recognition: LetterRecognition): string[] {
  const kept = [...recognition.parts.map((part) => part.original), ...recognition.unplaced].join('\n');
  return cleanLetterText(input)
    .map((l) => l.text)
    .filter((text) => text && !kept.includes(text));
}

function checkShape(recognition: LetterRecognition): void {
  const names = recognition.parts.map((part) => part.part);
  expect(new Set(names).size).toBe(names.length);
  for (const part of recognition.parts) {
    expect(LETTER_PARTS).toContain(part.part);
    for (const reason of part.reasons) expect(UNSURE_REASONS).toContain(reason);
    expect(part.sure).toBe(part.reasons.length === 0);
  }
  expect(recognition.unplaced.length).toBeLessThanOrEqual(500);
  const draft = draftFromRecognition(recognition, { published: '2026-12-01', publisher: 'ACAT' });
  expect(campaignDraftSchema.safeParse(draft).success).toBe(true);
}

describe('recognising any text', () => {
  it('never throws, and loses no line silently', () => {
    fc.assert(
      fc.property(letterText, fc.constantFrom(undefined, 'de', 'fr', 'it', 'en', 'es'), (input, language) => {
        const recognition = recogniseLetter(input, language ? { language } : {});
        expect(lostLines(input, recognition)).toEqual([]);
        checkShape(recognition);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('keeps every line of the seed letter with lines shuffled, dropped or doubled', () => {
    const seedLines = readFileSync(SEED, 'utf8').split('\n');
    fc.assert(
      fc.property(fc.array(fc.nat({ max: seedLines.length - 1 }), { maxLength: 60 }), (picks) => {
        const input = picks.map((i) => seedLines[i]).join('\n');
        const recognition = recogniseLetter(input);
        expect(lostLines(input, recognition)).toEqual([]);
        checkShape(recognition);
      }),
      { numRuns: fuzzRuns(200) },
    );
  });
});

// A hang guard, not a benchmark: each case takes milliseconds; a catastrophic regex would take minutes.
const HANG_GUARD_MS = 5000;
const SIZE = 64 * 1024;

function timed(input: string): { recognition: LetterRecognition; ms: number } {
  const start = performance.now();
  const recognition = recogniseLetter(input);
  return { recognition, ms: performance.now() - start };
}

describe('a 64 KB letter', () => {
  it('is recognised whole: a real letter with a very long body', () => {
    const seed = readFileSync(SEED, 'utf8');
    const [head, rest] = seed.split('Dear Mr. President,\n') as [string, string];
    const [body, tail] = rest.split('Yours respectfully,\n') as [string, string];
    const paragraphs = body.split('\n').filter((l) => l.trim() && !l.startsWith('·'));
    const longBody: string[] = [];
    while (longBody.join('\n').length < SIZE) longBody.push(...paragraphs);
    const input = `${head}Dear Mr. President,\n${longBody.join('\n')}\nYours respectfully,\n${tail}`;
    expect(input.length).toBeGreaterThan(SIZE);
    const { recognition, ms } = timed(input);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(recognition.recipient?.name).toBe('Ilham Aliyev');
    expect(recognition.copies).toHaveLength(1);
    // The seed's first paragraph is hard-wrapped after "situation of": its two lines make one.
    const paragraphCount = longBody.filter((l) => !l.trimEnd().endsWith('situation of')).length;
    expect(recognition.body.split('\n\n')).toHaveLength(paragraphCount);
    expect(recognition.unplaced).toEqual([]);
  });

  it.each([
    ['one long word', 'a'.repeat(SIZE)],
    ['slashes', 'a/'.repeat(SIZE / 2)],
    ['spaces', `x${' '.repeat(SIZE)}x`],
    ['dots and spaces', '. '.repeat(SIZE / 2)],
    ['commas', `a${','.repeat(SIZE)}b`],
    ['braces', '{'.repeat(SIZE / 2) + '}'.repeat(SIZE / 2)],
    ['underscores between words', 'a___'.repeat(SIZE / 4)],
    ['apostrophes', "a/b'".padEnd(SIZE, '’') + 'X'],
    ['field codes without end', '{ PAGE '.repeat(SIZE / 7)],
    ['hyperlinks without quotes end', 'HYPERLINK "'.repeat(SIZE / 11)],
    ['numbers', '1. '.repeat(SIZE / 3)],
    ['one character per line', 'x\n'.repeat(SIZE / 2)],
    ['salutations', 'Dear Mr. President,\n'.repeat(SIZE / 20)],
    ['copy labels', 'Copy:\n'.repeat(SIZE / 6)],
    ['address lines', 'Mr. Ilham Aliyev\n1066 Baku\n'.repeat(SIZE / 26)],
    ['wrapped lines', 'the situation of the population in the region of\n'.repeat(SIZE / 50)],
    ['sender blanks', 'Name: ____ Unterschrift: ____\n'.repeat(SIZE / 30)],
    ['unplaced lines between parts', 'Dear Sir,\nx\n\nYours sincerely,\n'.repeat(SIZE / 40)],
  ])('is recognised in time: %s', (_name, input) => {
    const { recognition, ms } = timed(input);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(lostLines(input, recognition)).toEqual([]);
  });
});
