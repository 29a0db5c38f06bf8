/**
 * Everything at a fixed place on a letter's first page: the sender block, the return-address
 * line, the recipient's address and the fold marks.
 *
 * All of them are frames (w:framePr) placed on the page. What LibreOffice costs (issue 18, 500
 * letters, its CPU seconds, measured on variants of the same file in one run): a plain document
 * of the same paragraphs 11 s; ours without any frame 19 s (the section per letter and the
 * styles); with the three address frames per letter 39 s; with the fold marks as DrawingML line
 * drawings (wp:anchor) as they were, 80 s; with the fold marks as frames that body text runs
 * through, 60 s. Every floating object costs LibreOffice ~13 ms to import and lay out, a drawing
 * about twice that; a frame that text must give way below (w:wrap="none") costs more where body
 * text passes it, so the marks, which lie in the margin, let it run through. Until issue 18 the
 * address blocks were DrawingML text boxes, over twice the cost of frames.
 *
 * Word may move body text out of a frame's way where a text box never touches the flow; the
 * address frames sit above bodyTop, clear of the body, and tests/e2e/docx-vs-pdf.test.ts checks
 * every block's place in LibreOffice (tests/unit/docx-writer.test.ts the fold marks').
 *
 * The frames come first in each letter; then a spacer paragraph exactly as tall as the space from
 * the top margin to bodyTop: the place-and-date line that follows starts at bodyTop.
 */
import type { Box, LayoutSettings } from '../../../shared/letter/layouts';
import { LAYOUT_PRESETS, MARGINS, recipientBox } from '../../../shared/letter/layouts';
import type { LetterBlock } from '../../../shared/letter/model';
import { fitReturnLine, returnLineLeadingPt } from '../../../shared/letter/return-line';
import { BLOCK_TYPES, FOLD_MARK, ptToMm } from '../../../shared/letter/typography';
import { STYLE } from './styles';
import { mmToTwips, ptToTwips } from './units';
import type { FrameBox, ParagraphSpec } from './wordml';
import { run } from './wordml';

export type PositionedBlock = Extract<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

export function isPositioned(block: LetterBlock): block is PositionedBlock {
  return block.kind === 'sender' || block.kind === 'recipient';
}

/** How far the return line's frame reaches past the window on the right (see returnLine). */
const RETURN_LINE_SLACK_MM = 20;

function shifted(box: Box, layout: LayoutSettings): Box {
  return { ...box, left: box.left + layout.offsetMm.x, top: box.top + layout.offsetMm.y };
}

/** The box in twips, for a frame. */
function frameBox(box: Box): FrameBox {
  return { left: mmToTwips(box.left), top: mmToTwips(box.top), width: mmToTwips(box.width), height: mmToTwips(box.height) };
}

/**
 * A fold mark: an empty paragraph in a frame as tall as the mark's weight, ruled along its top
 * edge as the print page draws it (a border-top at the mark's height). Body text runs through
 * the frame: it lies in the margin, and text giving way below it ("none") cost LibreOffice time.
 */
function foldMark(yMm: number, layout: LayoutSettings): ParagraphSpec {
  const weightMm = ptToMm(FOLD_MARK.weightPt);
  const box = { left: FOLD_MARK.leftMm + layout.offsetMm.x, top: yMm + layout.offsetMm.y, width: FOLD_MARK.lengthMm, height: weightMm };
  const frame: FrameBox = { ...frameBox(box), wrap: 'through' };
  return { props: { frame, topRulePt: FOLD_MARK.weightPt, exactLine: mmToTwips(weightMm) }, content: '' };
}

function lines(texts: string[], style: string, lang: string, box: Box): ParagraphSpec[] {
  const frame = frameBox(box);
  return texts.map((text) => ({ props: { style, frame }, content: run(text, lang) }));
}

/**
 * The return line as return-line.ts fitted it to the window: its text, its size, its leading,
 * sitting on the zone's lower edge with its space after (typography.ts) kept free below it, as
 * padding on the print page. The frame reaches past the zone on the right: the fitted line never
 * wraps on a rounding difference, and being left-aligned it does not move.
 */
function returnLine(returnAddress: string, country: string | undefined, zone: Box, lang: string): ParagraphSpec[] {
  const fitted = fitReturnLine(returnAddress, zone.width, country);
  if (!fitted) return [];
  const leadingMm = ptToMm(returnLineLeadingPt(fitted.sizePt));
  const gapMm = ptToMm(BLOCK_TYPES['return-line'].spaceAfterPt);
  const box = { left: zone.left, top: zone.top + zone.height - gapMm - leadingMm, width: zone.width + RETURN_LINE_SLACK_MM, height: leadingMm };
  const props = { style: STYLE['return-line'], exactLine: ptToTwips(returnLineLeadingPt(fitted.sizePt)), frame: frameBox(box) };
  return [{ props, content: run(fitted.text, lang, { sizePt: fitted.sizePt }) }];
}

function framesFor(block: PositionedBlock, layout: LayoutSettings, lang: string): ParagraphSpec[] {
  const preset = LAYOUT_PRESETS[layout.preset];
  if (block.kind === 'sender') return lines(block.lines, STYLE.sender, lang, shifted(preset.sender, layout));
  const frames: ParagraphSpec[] = [];
  if (preset.window && block.returnAddress !== '') {
    const zone = { ...shifted(preset.addressField, layout), height: preset.returnZone };
    frames.push(...returnLine(block.returnAddress, block.returnCountry, zone, lang));
  }
  return [...frames, ...lines(block.lines, STYLE.recipient, lang, recipientBox(layout))];
}

/**
 * The letter's first paragraphs: the frames of the page-1 blocks and the fold marks, then the
 * spacer that is exactly as tall as the space from the top margin to bodyTop.
 * `lang` is already attribute-escaped.
 */
export function pageOneParagraphs(blocks: PositionedBlock[], layout: LayoutSettings, lang: string): ParagraphSpec[] {
  const preset = LAYOUT_PRESETS[layout.preset];
  const frames = blocks.flatMap((block) => framesFor(block, layout, lang));
  const marks = layout.foldMarks ? preset.foldMarks.map((y) => foldMark(y, layout)) : [];
  const spacerMm = preset.bodyTop + layout.offsetMm.y - MARGINS.top;
  return [...frames, ...marks, { props: { exactLine: mmToTwips(spacerMm) }, content: '' }];
}
