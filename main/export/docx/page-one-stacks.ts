/**
 * Page one's address blocks as stacks of lines: where a block's first line starts on the sheet
 * and how wide each of its lines may run (mm), before page-one.ts places them.
 */
import type { LayoutSettings } from '../../../shared/letter/layouts';
import { LAYOUT_PRESETS, recipientBox } from '../../../shared/letter/layouts';
import type { LetterBlock } from '../../../shared/letter/model';
import { fitReturnLine, returnLineLeadingPt } from '../../../shared/letter/return-line';
import { BLOCK_TYPES, ptToMm } from '../../../shared/letter/typography';
import { STYLE } from './styles';
import { mmToTwips, ptToTwips } from './units';
import type { ParagraphSpec } from './wordml';
import { run } from './wordml';

export type PositionedBlock = Extract<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

export function isPositioned(block: LetterBlock): block is PositionedBlock {
  return block.kind === 'sender' || block.kind === 'recipient';
}

export interface StackLine {
  paragraph: ParagraphSpec;
  widthMm: number;
}

export interface Stack {
  leftMm: number;
  topMm: number;
  /** The block's box: what the blocks beside it must keep clear of. */
  widthMm: number;
  /** Each at most as wide as its own widthMm, which may reach past the box when there is room. */
  lines: StackLine[];
}

/**
 * How far the return line may run past the window on the right: the fitted line never wraps on
 * a rounding difference, and being left-aligned it does not move.
 */
const RETURN_LINE_SLACK_MM = 20;

function styled(texts: string[], style: string, lang: string, widthMm: number): StackLine[] {
  return texts.map((text) => ({ paragraph: { props: { style }, content: run(text, lang) }, widthMm }));
}

function senderStack(lines: string[], layout: LayoutSettings, lang: string): Stack {
  const box = LAYOUT_PRESETS[layout.preset].sender;
  return { leftMm: box.left + layout.offsetMm.x, topMm: box.top + layout.offsetMm.y, widthMm: box.width, lines: styled(lines, STYLE.sender, lang, box.width) };
}

/**
 * The window: the return line as return-line.ts fitted it, sitting on the return zone's lower edge
 * with its space after (typography.ts) kept free below it, as padding on the print page; then the
 * recipient's lines from the top of the recipient box.
 */
function fieldStack(block: Extract<PositionedBlock, { kind: 'recipient' }>, layout: LayoutSettings, lang: string): Stack {
  const box = recipientBox(layout);
  const lines = styled(block.lines, STYLE.recipient, lang, box.width);
  const fitted = LAYOUT_PRESETS[layout.preset].window && block.returnAddress !== '' ? fitReturnLine(block.returnAddress, box.width, block.returnCountry) : undefined;
  if (!fitted) return { leftMm: box.left, topMm: box.top, widthMm: box.width, lines };
  const leadingPt = returnLineLeadingPt(fitted.sizePt);
  const gapMm = ptToMm(BLOCK_TYPES['return-line'].spaceAfterPt);
  const props = { style: STYLE['return-line'], exactLine: ptToTwips(leadingPt), after: mmToTwips(gapMm) };
  const returnLine = { paragraph: { props, content: run(fitted.text, lang, { sizePt: fitted.sizePt }) }, widthMm: box.width + RETURN_LINE_SLACK_MM };
  return { leftMm: box.left, topMm: box.top - gapMm - ptToMm(leadingPt), widthMm: box.width, lines: [returnLine, ...lines] };
}

export function stackOf(block: PositionedBlock, layout: LayoutSettings, lang: string): Stack {
  return block.kind === 'sender' ? senderStack(block.lines, layout, lang) : fieldStack(block, layout, lang);
}
