/**
 * The return-address line in the envelope window: one line, never clipped, never wrapped onto the
 * recipient's address. Decided here, once, from the letter font's advance widths, and drawn as
 * decided by the print page (render-html.ts) and the DOCX (main/export/docx/page-one.ts): a
 * browser and a word processor measure text differently, so neither measures for itself.
 *
 * The line shrinks from its size in typography.ts down to RETURN_LINE_FIT.minPt, the smallest
 * size still legible; if it is still too long, the second address line (PO box, c/o, flat) is left
 * out and the line shrinks again. Past that — a name and street longer than the window, which no
 * real address is — the street goes, then the town; the sender block beside the window always
 * carries the whole address. On a letter abroad the sender's country closes every version but the
 * last (the name alone): the post needs it to send the letter back.
 */
import { textWidthPt } from './font/text-width';
import { BLOCK_TYPES, RETURN_LINE_FIT, mmToPt } from './typography';

export interface ReturnLine {
  text: string;
  sizePt: number;
}

/**
 * What the estimate may be off by: the engines round glyph positions (LibreOffice to a twip,
 * 1/20 pt, per glyph: 0.9 mm over a hundred glyphs at worst). A character the font lacks is
 * already counted a full em (font/text-width.ts).
 */
const ROUNDING_MM = 1;

/** compose.ts joins the return address's parts (name, street, second line, town) with this. */
const SEPARATOR = ', ';

/**
 * The versions of the line to try, longest first. The second address line is the part before
 * the town when there are four parts or more: the return address is name, street, second line,
 * town (compose.ts), and only a line with all four has a second address line to leave out.
 */
function candidates(returnAddress: string): string[][] {
  const parts = returnAddress.split(SEPARATOR).filter((p) => p.trim() !== '');
  const tries = [parts];
  if (parts.length >= 4) tries.push([...parts.slice(0, -2), parts[parts.length - 1] as string]);
  if (parts.length >= 3) tries.push([parts[0] as string, parts[parts.length - 1] as string]);
  if (parts.length >= 2) tries.push([parts[0] as string]);
  return tries;
}

/** The line's leading at a fitted size: in proportion, as typography.ts sets it at the largest size. */
export function returnLineLeadingPt(sizePt: number): number {
  const type = BLOCK_TYPES['return-line'];
  return (sizePt * type.leadingPt) / type.sizePt;
}

function sizesLargestFirst(): number[] {
  const sizes: number[] = [];
  for (let size = BLOCK_TYPES['return-line'].sizePt; size >= RETURN_LINE_FIT.minPt - 1e-9; size -= RETURN_LINE_FIT.stepPt) sizes.push(size);
  return sizes;
}

/**
 * The line for a window field `widthMm` wide, or null when not even the name fits (nothing is
 * printed then). `country`: the sender's country, given on letters abroad only.
 */
export function fitReturnLine(returnAddress: string, widthMm: number, country = ''): ReturnLine | null {
  const room = mmToPt(widthMm - ROUNDING_MM);
  const tries = candidates(returnAddress);
  const withCountry = country.trim() ? [...tries.slice(0, -1).map((parts) => [...parts, country.trim()]), ...tries.slice(-1)] : tries;
  for (const parts of withCountry) {
    const text = parts.join(SEPARATOR);
    const size = sizesLargestFirst().find((pt) => textWidthPt(text, pt) <= room);
    if (size !== undefined) return { text, sizePt: size };
  }
  return null;
}
