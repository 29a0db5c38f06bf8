/**
 * How many lines a text takes at a width, broken as a browser and a word processor break Latin,
 * Greek and Cyrillic text: greedily, after spaces (which hang past the line's end), after a
 * hyphen or dash between words, never at a no-break space; a word longer than the line breaks
 * where it runs out (letter.css: overflow-wrap). Widths come from the letter font's advances
 * (font/text-width.ts), the widths both engines lay the letter out with.
 */
import { UNITS_PER_EM, advancesOf, unitsOf, type FaceStyle } from './font/text-width';

export interface StyledText extends FaceStyle {
  text: string;
}

/** Rounding in the engines' own units: a line this much too wide still fits. */
const EPSILON_PT = 0.05;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

const NEWLINE = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;

/** A line may break after this character (UAX #14 in short: BA and B2 dashes; HY between letters). */
function breaksAfter(code: number, text: string, i: number): boolean {
  if (code === EN_DASH || code === EM_DASH) return true;
  return code === HYPHEN && isLetter(text[i - 1]) && isLetter(text[i + 1]);
}

/**
 * Counts already made, by size, width and faces, then by text: a batch's letters share the
 * campaign's paragraphs, which need measuring once (a 500-letter batch holds two million
 * characters). A paragraph of one run is looked up by its own string, with no key to build.
 */
const counted = new Map<string, Map<string, number>>();
const MAX_COUNTED = 10_000;
let countedSize = 0;

export function countLines(runs: StyledText[], sizePt: number, widthPt: number): number {
  const faces = runs.map((r) => (r.bold ? (r.italic ? 'z' : 'b') : r.italic ? 'i' : 'r')).join('');
  const outer = `${sizePt}/${widthPt}/${faces}`;
  const text = runs.length === 1 ? (runs[0] as StyledText).text : runs.map((r) => r.text).join('\u0000');
  let byText = counted.get(outer);
  let lines = byText?.get(text);
  if (lines !== undefined) return lines;
  if (countedSize >= MAX_COUNTED) {
    counted.clear();
    countedSize = 0;
  }
  if (!byText) counted.set(outer, (byText = new Map()));
  lines = measureLines(runs, sizePt, widthPt);
  byText.set(text, lines);
  countedSize += 1;
  return lines;
}

function measureLines(runs: StyledText[], sizePt: number, widthPt: number): number {
  // Measured in font units: one multiplication less per character, a batch reads a million of them.
  const limit = ((widthPt + EPSILON_PT) * UNITS_PER_EM) / sizePt;
  let lines = 1;
  let width = 0;
  /** The line's width up to its last break opportunity, or null when it has none yet. */
  let lastBreak: number | null = null;
  for (const run of runs) {
    const table = advancesOf(run);
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) {
        lines += 1;
        width = 0;
        lastBreak = null;
        continue;
      }
      const advance = unitsOf(table, text, i);
      if (code === SPACE || code === TAB) {
        width += advance;
        lastBreak = width;
        continue;
      }
      if (width + advance > limit) {
        const carried = lastBreak === null ? null : width - lastBreak;
        if (carried !== null && carried + advance <= limit) {
          // The word moves down whole.
          lines += 1;
          width = carried + advance;
        } else {
          // A word longer than a line: down whole (if it can), then broken where it runs out.
          lines += carried === null ? 1 : 2;
          width = advance;
        }
        lastBreak = null;
      } else {
        width += advance;
      }
      // A break between runs ("Müller-" bold, "Lüdenscheidt" not) is rare enough to miss.
      if (code >= HYPHEN && breaksAfter(code, text, i)) lastBreak = width;
    }
  }
  return lines;
}
