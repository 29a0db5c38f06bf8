/**
 * WordprocessingML written as strings: paragraphs and runs of the letters' body.
 *
 * Why not docx's Paragraph/TextRun objects: a 500-letter batch is ~15 000 paragraphs, and docx's
 * object model takes over a second for that (measured), while the batch must build in ~0.25 s.
 * The package around the body (styles, numbering, fonts, footers) is still docx's. The elements
 * here follow the schema's sequence order (ECMA-376 CT_PPr, CT_RPr): Word rejects the file with
 * a repair prompt when an element comes out of order.
 */

import { ptToBorderEighths, ptToHalfPoints } from './units';

// Characters XML 1.0 cannot carry at all (controls other than tab/newline, lone surrogates, U+FFFE/F).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** A size other than the paragraph style's (the fitted return line). */
  sizePt?: number;
}

/** A run's text: a line break becomes w:br and a tab w:tab, as typed in the personal text. */
function runContent(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/(\n|\t)/)
    .map((part) => {
      if (part === '\n') return '<w:br/>';
      if (part === '\t') return '<w:tab/>';
      return part === '' ? '' : `<w:t xml:space="preserve">${escapeText(part)}</w:t>`;
    })
    .join('');
}

/** CT_RPr order: b, bCs, i, iCs … sz, szCs … lang. The language goes on every run (spell-check, hyphenation). */
export function run(text: string, langAttr: string, format: RunFormat = {}): string {
  const bold = format.bold === true ? '<w:b/><w:bCs/>' : '';
  const italic = format.italic === true ? '<w:i/><w:iCs/>' : '';
  const half = format.sizePt === undefined ? undefined : ptToHalfPoints(format.sizePt);
  const size = half === undefined ? '' : `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
  return `<w:r><w:rPr>${bold}${italic}${size}<w:lang w:val="${langAttr}"/></w:rPr>${runContent(text)}</w:r>`;
}

/** A frame's place on the page, in twips from the sheet's top left corner. */
export interface FrameBox {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Body text ignores the frame ("through") instead of giving way below it (Word's and our default, "none"). */
  wrap?: 'none' | 'through';
}

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  /** Set apart in a frame at a fixed place on the page; consecutive paragraphs with the same box share it. */
  frame?: FrameBox;
  numId?: number;
  /** A black rule of this weight (pt) along the paragraph's top edge: a fold mark (page-one.ts). */
  topRulePt?: number;
  /** Exact line height in twips (also zeroes the space before and after, unless `after` is given). */
  exactLine?: number;
  /** Space after the paragraph in twips, overriding its style's. */
  after?: number;
  /** Indents in twips: where a paragraph sits inside its table cell or frame (page-one.ts). */
  indent?: { left: number; right: number };
  /** A w:sectPr closing the section with this paragraph. */
  sectPr?: string;
}

/** A paragraph before it is written: the letter adds the section break to its last one. */
export interface ParagraphSpec {
  props: ParagraphProps;
  /** The paragraph's runs, already WordprocessingML. */
  content: string;
}

export function writeParagraphs(paragraphs: ParagraphSpec[]): string {
  return paragraphs.map((p) => paragraph(p.props, p.content)).join('');
}

function spacing(props: ParagraphProps): string {
  if (props.exactLine === undefined && props.after === undefined) return '';
  const after = ` w:after="${props.after ?? 0}"`;
  const line = props.exactLine === undefined ? '' : ` w:before="0" w:line="${props.exactLine}" w:lineRule="exact"`;
  return `<w:spacing${after}${line}/>`;
}

/** CT_PPr order: pStyle, keepNext, framePr, numPr, pBdr, spacing, ind, … sectPr. */
export function paragraph(props: ParagraphProps, content: string): string {
  let pPr = '';
  if (props.style !== undefined) pPr += `<w:pStyle w:val="${props.style}"/>`;
  if (props.keepNext === true) pPr += '<w:keepNext/>';
  if (props.frame !== undefined) {
    const { left, top, width, height, wrap = 'none' } = props.frame;
    pPr += `<w:framePr w:w="${width}" w:h="${height}" w:hRule="exact" w:wrap="${wrap}" w:vAnchor="page" w:hAnchor="page" w:x="${left}" w:y="${top}"/>`;
  }
  if (props.numId !== undefined) pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${props.numId}"/></w:numPr>`;
  if (props.topRulePt !== undefined) {
    pPr += `<w:pBdr><w:top w:val="single" w:sz="${ptToBorderEighths(props.topRulePt)}" w:space="0" w:color="000000"/></w:pBdr>`;
  }
  pPr += spacing(props);
  if (props.indent !== undefined) pPr += `<w:ind w:left="${props.indent.left}" w:right="${props.indent.right}"/>`;
  if (props.sectPr !== undefined) pPr += props.sectPr;
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
}
