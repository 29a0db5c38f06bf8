/**
 * Everything at a fixed place on a letter's first page: the sender block, the return-address
 * line, the recipient's address and the fold marks.
 *
 * They are DrawingML text boxes anchored to the page with no text wrapping (wp:wrapNone). Word
 * frames (w:framePr) were the other candidate, but Word moves body text out of a frame's way
 * whatever its wrap setting, so the body would not start where it should. A box with no wrapping
 * never touches the text flow, in Word or in LibreOffice.
 *
 * The boxes are anchored in the letter's first paragraph, which is exactly as tall as the space
 * from the top margin to bodyTop: the place-and-date line that follows starts at bodyTop.
 */
import type { Box, LayoutSettings } from '../../../shared/letter/layouts';
import { LAYOUT_PRESETS, MARGINS, recipientBox } from '../../../shared/letter/layouts';
import type { LetterBlock } from '../../../shared/letter/model';
import { fitReturnLine, returnLineLeadingPt } from '../../../shared/letter/return-line';
import { BLOCK_TYPES, FOLD_MARK, ptToMm } from '../../../shared/letter/typography';
import { STYLE } from './styles';
import { mmToEmu, mmToTwips, ptToEmu, ptToTwips } from './units';
import type { ParagraphSpec } from './wordml';
import { paragraph, run } from './wordml';

export type PositionedBlock = Extract<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

export function isPositioned(block: LetterBlock): block is PositionedBlock {
  return block.kind === 'sender' || block.kind === 'recipient';
}

/** Hands out the drawing ids (wp:docPr/@id), which must be unique in the whole document. */
export type DrawingIds = () => number;

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

interface TextBoxOptions {
  /** `bottom`: the text sits on the box's lower edge (the return address, right above the recipient). */
  align?: 'top' | 'bottom';
  /** Room kept free under the text, inside the box. */
  bottomInsetMm?: number;
  /** One line that must never wrap (the return line: fitted to the box by return-line.ts). */
  noWrap?: boolean;
}

function textBox(id: number, name: string, box: Box, paragraphs: string, options: TextBoxOptions = {}): string {
  const { align = 'top', bottomInsetMm = 0, noWrap = false } = options;
  const shape =
    '<wps:cNvSpPr txBox="1"/><wps:spPr>{XFRM}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>' +
    `<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${paragraphs}</w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="${noWrap ? 'none' : 'square'}" lIns="0" tIns="0" rIns="0" bIns="${mmToEmu(bottomInsetMm)}" ` +
    `anchor="${align === 'top' ? 't' : 'b'}">` +
    '<a:noAutofit/></wps:bodyPr>';
  return anchor(id, name, box, shape);
}

function foldMark(id: number, yMm: number, layout: LayoutSettings): string {
  const box = { left: FOLD_MARK.leftMm + layout.offsetMm.x, top: yMm + layout.offsetMm.y, width: FOLD_MARK.lengthMm, height: 0 };
  const shape =
    '<wps:cNvCnPr/><wps:spPr>{XFRM}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>' +
    `<a:ln w="${ptToEmu(FOLD_MARK.weightPt)}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/>`;
  return anchor(id, 'Fold mark', box, shape);
}

function lines(texts: string[], style: string, lang: string): string {
  return texts.map((text) => paragraph({ style }, run(text, lang))).join('');
}

/** The return line as return-line.ts fitted it to the window: its text, its size, its leading. */
function returnLineBox(id: number, returnAddress: string, country: string | undefined, zone: Box, lang: string): string {
  const fitted = fitReturnLine(returnAddress, zone.width, country);
  if (!fitted) return '';
  const line = paragraph(
    { style: STYLE['return-line'], exactLine: ptToTwips(returnLineLeadingPt(fitted.sizePt)) },
    run(fitted.text, lang, { sizePt: fitted.sizePt }),
  );
  // Its space after (typography.ts) is kept free below it, as padding on the print page.
  const gapMm = ptToMm(BLOCK_TYPES['return-line'].spaceAfterPt);
  return textBox(id, 'Return address', zone, line, { align: 'bottom', bottomInsetMm: gapMm, noWrap: true });
}

function boxesFor(block: PositionedBlock, layout: LayoutSettings, lang: string, nextId: DrawingIds): string {
  const preset = LAYOUT_PRESETS[layout.preset];
  if (block.kind === 'sender') {
    return textBox(nextId(), 'Sender', shifted(preset.sender, layout), lines(block.lines, STYLE.sender, lang));
  }
  let xml = '';
  if (preset.window && block.returnAddress !== '') {
    const zone = { ...shifted(preset.addressField, layout), height: preset.returnZone };
    xml += returnLineBox(nextId(), block.returnAddress, block.returnCountry, zone, lang);
  }
  return xml + textBox(nextId(), 'Recipient address', recipientBox(layout), lines(block.lines, STYLE.recipient, lang));
}

/** The letter's first paragraph, carrying the page-1 boxes. `lang` is already attribute-escaped. */
export function pageOneParagraph(blocks: PositionedBlock[], layout: LayoutSettings, lang: string, nextId: DrawingIds): ParagraphSpec {
  const preset = LAYOUT_PRESETS[layout.preset];
  const boxes = blocks.map((block) => boxesFor(block, layout, lang, nextId)).join('');
  const marks = layout.foldMarks ? preset.foldMarks.map((y) => foldMark(nextId(), y, layout)).join('') : '';
  const spacerMm = preset.bodyTop + layout.offsetMm.y - MARGINS.top;
  return { props: { exactLine: mmToTwips(spacerMm) }, content: boxes + marks };
}
