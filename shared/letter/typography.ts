/**
 * The letter's typography: the one place that says how each kind of block looks. The print page's
 * CSS (typography-css.ts → renderer/src/preview/letter.css), the DOCX styles
 * (main/export/docx/styles.ts) and the page estimate (page-estimate.ts) are all made from these
 * numbers, so the preview, the printed page, the PDF and the Word document are one letter.
 *
 * Where things are on the sheet (window, sender block, body top, fold-mark heights, margins) is in
 * layouts.ts; this file says how the text is set.
 *
 * Vertical space is only ever *after* a block. Word, LibreOffice and CSS disagree on how a space
 * before one paragraph meets the space after the previous one (added, or the larger taken), and on
 * whether it shows at the top of a page; a space after is dropped at the foot of a page by all of
 * them (LibreOffice checked: a paragraph whose text fits stays, its space after is cut).
 */
import type { LetterBlockKind } from './model';

const PT_PER_MM = 72 / 25.4;

/** Points for a length in millimetres: some spaces are designed in millimetres. */
export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

export function ptToMm(pt: number): number {
  return pt / PT_PER_MM;
}

/** The letter's one typeface (resources/fonts/DejaVuSerif*.ttf): embedded in the DOCX, loaded by the print page. */
export const LETTER_FONT_FAMILY = 'DejaVu Serif';

export type Align = 'left' | 'right';

export interface BlockType {
  sizePt: number;
  /** Distance from one baseline to the next. */
  leadingPt: number;
  spaceAfterPt: number;
  /**
   * Lines held to the leading even where a glyph is taller (the window's lines, whose height
   * must fit the window). Elsewhere the DOCX gives a line "at least" the leading, so that a tall
   * accent or a fallback glyph is never clipped; the print page's lines are their leading anyway.
   */
  exactLeading: boolean;
  align: Align;
  bold: boolean;
  /** Never ends a page: it moves to the next page with the block that follows. */
  keepWithNext: boolean;
  /**
   * Never split across pages. Paragraphs split between lines (two lines at least on each side);
   * a list splits between its items, each item kept whole.
   */
  keepTogether: boolean;
}

/** Every block the letter's flow and first page are made of, plus the list's items and the page label. */
export type TypeKind = LetterBlockKind | 'return-line' | 'list-item' | 'page-label';

const BODY_PT = 11;
/** 1.3 × the size: DejaVu Serif's own line (ascent + descent) is 1.164 × the size, so no glyph is ever taller. */
const LEADING = 1.3;
/** The space between the body's blocks: 0.85 of a body line's size. */
const BLOCK_GAP_PT = BODY_PT * 0.85;

function text(sizePt: number, spaceAfterPt: number, more: Partial<BlockType> = {}): BlockType {
  return {
    sizePt,
    leadingPt: sizePt * LEADING,
    spaceAfterPt,
    exactLeading: false,
    align: 'left',
    bold: false,
    keepWithNext: false,
    keepTogether: true,
    ...more,
  };
}

export const BLOCK_TYPES: Readonly<Record<TypeKind, BlockType>> = {
  sender: text(10, 0),
  // The largest the return line is set at; return-line.ts shrinks it to fit the window. Its space
  // after keeps its descenders clear of the recipient's first line (accented capitals reach up).
  'return-line': text(8, mmToPt(1), { leadingPt: 8 * 1.2, exactLeading: true }),
  // Six lines must fit the DIN 5008 address zone (27.3 mm): 12 pt leading is 4.23 mm a line.
  recipient: text(10.5, 0, { leadingPt: 12, exactLeading: true }),
  // Left, on the body's edge, as in SN 010130 (KOMA "SN") and DIN 5008 letters: the place and
  // date sit on the reference line, aligned with the text below (see shared/letter-layout.md).
  'place-date': text(BODY_PT, mmToPt(8), { keepWithNext: true }),
  subject: text(BODY_PT, mmToPt(6), { bold: true, keepWithNext: true }),
  salutation: text(BODY_PT, BLOCK_GAP_PT, { keepWithNext: true }),
  paragraph: text(BODY_PT, BLOCK_GAP_PT, { keepTogether: false }),
  list: text(BODY_PT, BLOCK_GAP_PT, { keepTogether: false }),
  'list-item': text(BODY_PT, BODY_PT * 0.3),
  closing: text(BODY_PT, BLOCK_GAP_PT, { keepWithNext: true }),
  // Room for the handwritten signature: one "line" as tall as the space (see SIGNATURE_SPACE_MM).
  'signature-space': text(BODY_PT, 0, { leadingPt: mmToPt(16), exactLeading: true, keepWithNext: true }),
  'printed-name': text(BODY_PT, mmToPt(6)),
  // The footer (the campaign's small print) follows the copy line at the printed name's distance.
  'copy-line': text(10, mmToPt(6)),
  footer: text(8, BLOCK_GAP_PT, { leadingPt: 10 }),
  'page-label': text(9, 0, { align: 'right' }),
};

/** Height of the signature space: the signature-space block's one line. */
export const SIGNATURE_SPACE_MM = ptToMm(BLOCK_TYPES['signature-space'].leadingPt);

/** The bulleted list: text 6 mm in from the body's edge, the bullet hanging 4 mm in front of it. */
export const LIST_INDENT = { textMm: 6, bulletHangMm: 4 } as const;

/** The return line shrinks from BLOCK_TYPES['return-line'].sizePt to this, in these steps, before it drops parts. */
export const RETURN_LINE_FIT = { minPt: 7, stepPt: 0.5 } as const;

/** The label on pages 2+: its line's lower edge 12 mm above the sheet's bottom edge, flush with the body's right edge. */
export const PAGE_LABEL = { bottomMm: 12 } as const;

/** Fold marks start a little in from the edge (most printers cannot print the outer 4 mm). */
export const FOLD_MARK = { leftMm: 5, lengthMm: 5, weightPt: 0.3 } as const;
