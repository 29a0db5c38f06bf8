/**
 * How wide a text is in the letter font, from the committed advance widths: the same estimate in
 * the renderer and in main, so that the print page and the DOCX make the same choices (the return
 * line's size, the page count). Both engines draw the letter without kerning (letter.css sets
 * font-kerning: none; Word and LibreOffice kern only when asked), so the sum of the advances is
 * what they lay out. A character the font lacks is drawn by a fallback font: counted as a full em,
 * wider than most, so that an estimate errs on the safe side.
 */
import { BOLD, BOLD_ITALIC, ITALIC, REGULAR, UNITS_PER_EM } from './dejavu-serif-widths';
import { decodeWidths } from './width-table';

export interface FaceStyle {
  bold?: boolean;
  italic?: boolean;
}

const TABLES = { regular: REGULAR, bold: BOLD, italic: ITALIC, boldItalic: BOLD_ITALIC } as const;
type FaceName = keyof typeof TABLES;

/** Characters that take no room on the line: soft hyphen (unless the line breaks there), zero-width space and joiners. */
const INVISIBLE = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

/**
 * Advances in font units by UTF-16 code unit, for the whole BMP (128 KB a face): a page estimate
 * reads every character of a batch, a table lookup is the cheapest way.
 */
const advances = new Map<FaceName, Uint16Array>();

export function advancesOf(face: FaceStyle): Uint16Array {
  const name: FaceName = face.bold ? (face.italic ? 'boldItalic' : 'bold') : face.italic ? 'italic' : 'regular';
  let table = advances.get(name);
  if (!table) {
    table = new Uint16Array(0x10000).fill(UNITS_PER_EM);
    for (const [code, width] of decodeWidths(TABLES[name])) if (code < 0x10000) table[code] = width;
    for (const code of INVISIBLE) table[code] = 0;
    advances.set(name, table);
  }
  return table;
}

/** A character's advance in font units; one outside the BMP (a surrogate pair) counts a full em once. */
export function unitsOf(table: Uint16Array, text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xdc00 && unit <= 0xdfff) return 0;
  if (unit >= 0xd800 && unit <= 0xdbff) return UNITS_PER_EM;
  return table[unit] as number;
}

export function textWidthPt(text: string, sizePt: number, face: FaceStyle = {}): number {
  const table = advancesOf(face);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += unitsOf(table, text, i);
  return (units / UNITS_PER_EM) * sizePt;
}

export { UNITS_PER_EM };
