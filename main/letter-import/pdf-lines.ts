/**
 * A PDF has no paragraphs, only pieces of text placed on pages. This rebuilds the letter's text
 * from them: pieces on one baseline make a line; a vertical gap wider than the usual line pitch
 * ends a paragraph; and within a paragraph, a line is joined to the next when the next line's
 * first word would not have fitted on it (the word processor wrapped it), and kept as a line of
 * its own when the word would have fitted (the author ended the line: an address, a closing).
 */

/** One piece of text as pdf.js gives it: its baseline origin, advance width and font size, in points. */
export interface PdfTextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js says a line ends after this piece. */
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
  left: number;
  right: number;
  /** The first line of a page: the gap above it says nothing. */
  pageStart: boolean;
}

/** Pitch × this = a paragraph gap. Word's "spacing after" is 6–12 pt on a 14 pt pitch; a blank line doubles it. */
const GAP_FACTOR = 1.3;
/**
 * A list item's first line: a bullet glyph (Word's Symbol bullets are in the private use area) or a
 * number. Not "-" or "a)": a wrapped line may well start with a dash or a letter and a bracket.
 */
const LIST_START = /^(?:[•·▪◦‣⁃●○■□►▶➢✓✔]|[\uF000-\uF0FF]|\d{1,2}[.)])\s/u;

export function layOutPdfText(pages: PdfTextPiece[][]): string {
  const lines = pages.flatMap((pieces) => pageLines(pieces));
  if (lines.length === 0) return '';
  const column = textColumn(lines);
  const pitch = usualPitch(lines);
  let text = lines[0]?.text ?? '';
  let inListItem = LIST_START.test(text);
  for (let i = 1; i < lines.length; i++) {
    const [above, line] = [lines[i - 1] as Line, lines[i] as Line];
    const drop = above.y - line.y;
    const gap = !line.pageStart && (drop < 0 || drop > pitch * GAP_FACTOR * line.size);
    const listItem = LIST_START.test(line.text);
    // A list's items follow each other line by line, as the DOCX reader gives them.
    if (listItem && inListItem) text += '\n';
    else if (gap || listItem) text += '\n\n';
    else if (wrapped(above, line, column)) text += above.text.endsWith('-') ? '' : ' ';
    else text += '\n';
    text += line.text;
    if (listItem || gap) inListItem = listItem;
  }
  return text;
}

/** Pieces in the order the page draws them, gathered into lines by their baseline. */
function pageLines(pieces: PdfTextPiece[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let ended = false;
  for (const piece of pieces) {
    const blank = !piece.str.trim();
    const sameLine =
      current !== undefined &&
      !ended &&
      Math.abs(piece.y - current.y) <= 0.5 * Math.max(piece.size, current.size) &&
      piece.x >= current.right - 0.5 * piece.size;
    if (sameLine && current) {
      // pdf.js puts spaces in where it sees them; a gap it left without one is still a space.
      const space = piece.x - current.right > 0.15 * piece.size && !/\s$/.test(current.text) && !/^\s/.test(piece.str);
      current.text += (space ? ' ' : '') + piece.str;
      current.right = Math.max(current.right, piece.x + piece.width);
      ended = piece.hasEOL;
    } else if (!blank) {
      current = { text: piece.str, y: piece.y, size: piece.size, left: piece.x, right: piece.x + piece.width, pageStart: lines.length === 0 };
      lines.push(current);
      ended = piece.hasEOL;
    } else if (piece.hasEOL) {
      ended = true;
    }
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/**
 * The distance from one baseline to the next inside a paragraph, per point of font size: the
 * lower quartile of all drops, since most lines of a letter are lines of a paragraph.
 */
function usualPitch(lines: Line[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [above, line] = [lines[i - 1] as Line, lines[i] as Line];
    const drop = above.y - line.y;
    if (!line.pageStart && drop > 0 && line.size > 0) ratios.push(drop / line.size);
  }
  ratios.sort((a, b) => a - b);
  const quartile = ratios[Math.floor(ratios.length / 4)] ?? 1.2;
  return Math.min(Math.max(quartile, 1), 2.5);
}

interface Column {
  left: number;
  right: number;
}

/**
 * Where the letter's running text lies: its left edge is where most lines start, its right edge
 * where most lines end (the 90th percentile: a wider footer or a stray page number does not count).
 */
function textColumn(lines: Line[]): Column {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.left), (starts.get(Math.round(line.left)) ?? 0) + 1);
  const left = [...starts].sort(([xa, a], [xb, b]) => b - a || xa - xb)[0]?.[0] ?? 0;
  const rights = lines.map((line) => line.right).sort((a, b) => a - b);
  const right = rights[Math.floor((rights.length - 1) * 0.9)] ?? 0;
  return { left, right };
}

/**
 * True when the line was wrapped: the next line's first word would not have fitted after it.
 * Lines set well right of the column's left edge (an address or date on the right, as Swiss
 * letters have them) are never joined: they are blocks of short lines, not running text.
 */
function wrapped(line: Line, next: Line, column: Column): boolean {
  const indent = 0.3 * (column.right - column.left);
  if (line.left > column.left + indent || next.left > column.left + indent) return false;
  const charWidth = (next.right - next.left) / Math.max(next.text.length, 1);
  const firstWord = next.text.split(' ')[0] ?? '';
  // Near misses count as wrapped: a line that reaches the edge is running text.
  return line.right + charWidth * (firstWord.length + 1) > column.right - 0.5 * line.size;
}
