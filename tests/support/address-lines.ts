import type { PdfWord } from './pdf-words';

/**
 * Finds the given lines, in order, among a page's words (as a reader would: line after line),
 * and returns the words of each line. Throws when a line is missing: text that did not print.
 */
export function findLines(words: PdfWord[], lines: string[]): PdfWord[][] {
  const found: PdfWord[][] = [];
  let from = 0;
  for (const line of lines) {
    const tokens = line.split(/\s+/).filter(Boolean);
    let hit = -1;
    for (let i = from; i <= words.length - tokens.length; i++) {
      if (tokens.every((t, k) => words[i + k]?.text === t)) {
        hit = i;
        break;
      }
    }
    if (hit < 0) throw new Error(`line not found in the PDF: "${line}"`);
    found.push(words.slice(hit, hit + tokens.length));
    from = hit + tokens.length;
  }
  return found;
}
