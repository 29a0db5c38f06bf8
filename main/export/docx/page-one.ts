/**
 * Everything at a fixed place on a letter's first page: the sender block, the return-address
 * line, the recipient's address and the fold marks.
 *
 * The sender, return line and address are frames (w:framePr) placed on the page with no text
 * wrapping; the fold marks are line drawings anchored to the page (wp:wrapNone). Until issue 18
 * all of them were DrawingML text boxes, and LibreOffice took over three times as long on a batch
 * as on the same paragraphs without them: measured on 100 letters, 197 s with text boxes, 85 s
 * with frames, 61 s for a plain document of the same paragraphs (sections, fields and embedded
 * fonts changed little; see the README's benchmark notes). Word may move body text out of a
 * frame's way where a text box never touches the flow; the frames sit above bodyTop, clear of
 * the body, and tests/e2e/docx-vs-pdf.test.ts checks every block's place in LibreOffice.
 *
 * The frames and the marks come first in each letter; then a spacer paragraph exactly as tall as
 * the space from the top margin to bodyTop: the place-and-date line that follows starts at bodyTop.
 */
import type { Box, LayoutSettings } from '../../../shared/letter/layouts';
import { LAYOUT_PRESETS, MARGINS, recipientBox } from '../../../shared/letter/layouts';
import type { LetterBlock } from '../../../shared/letter/model';
import { fitReturnLine, returnLineLeadingPt } from '../../../shared/letter/return-line';
import { BLOCK_TYPES, FOLD_MARK, ptToMm } from '../../../shared/letter/typography';
import { STYLE } from './styles';
import { mmToEmu, mmToTwips, ptToEmu, ptToTwips } from './units';
import type { FrameBox, ParagraphSpec } from './wordml';
import { run } from './wordml';

export type PositionedBlock = Extract<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

export function isPositioned(block: LetterBlock): block is PositionedBlock {
  return block.kind === 'sender' || block.kind === 'recipient';
}

/** Hands out the drawing ids (wp:docPr/@id), which must be unique in the whole document. */
export type DrawingIds = () => number;

/** How far the return line's frame reaches past the window on the right (see returnLine). */
const RETURN_LINE_SLACK_MM = 20;

function shifted(box: Box, layout: LayoutSettings): Box {
  return { ...box, left: box.left + layout.offsetMm.x, top: box.top + layout.offsetMm.y };
}

/** A floating drawing at a fixed place on the page that text neither wraps around nor avoids. */
function anchor(id: number, name: string, box: Box, shape: string): string {
  const cx = mmToEmu(box.width);
  const cy = mmToEmu(box.height);
  return (
    `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="${id}" ` +
    'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>' +
    `<wp:positionH relativeFrom="page"><wp:posOffset>${mmToEmu(box.left)}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="page"><wp:posOffset>${mmToEmu(box.top)}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>` +
    `<wp:docPr id="${id}" name="${name}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
    `<wps:wsp>${shape.replace('{XFRM}', `<a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>`)}</wps:wsp>` +
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
  );
}

/** The box in twips, for a frame. */
function frameBox(box: Box): FrameBox {
  return { left: mmToTwips(box.left), top: mmToTwips(box.top), width: mmToTwips(box.width), height: mmToTwips(box.height) };
}

function foldMark(id: number, yMm: number, layout: LayoutSettings): string {
  const box = { left: FOLD_MARK.leftMm + layout.offsetMm.x, top: yMm + layout.offsetMm.y, width: FOLD_MARK.lengthMm, height: 0 };
  const shape =
    '<wps:cNvCnPr/><wps:spPr>{XFRM}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>' +
    `<a:ln w="${ptToEmu(FOLD_MARK.weightPt)}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/>`;
  return anchor(id, 'Fold mark', box, shape);
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
 * The letter's first paragraphs: the frames of the page-1 blocks, then the spacer that carries
 * the fold marks and is exactly as tall as the space from the top margin to bodyTop.
 * `lang` is already attribute-escaped.
 */
export function pageOneParagraphs(blocks: PositionedBlock[], layout: LayoutSettings, lang: string, nextId: DrawingIds): ParagraphSpec[] {
  const preset = LAYOUT_PRESETS[layout.preset];
  const frames = blocks.flatMap((block) => framesFor(block, layout, lang));
  const marks = layout.foldMarks ? preset.foldMarks.map((y) => foldMark(nextId(), y, layout)).join('') : '';
  const spacerMm = preset.bodyTop + layout.offsetMm.y - MARGINS.top;
  return [...frames, { props: { exactLine: mmToTwips(spacerMm) }, content: marks }];
}
