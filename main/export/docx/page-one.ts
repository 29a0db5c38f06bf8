/**
 * Everything at a fixed place on a letter's first page: the sender block, the return-address
 * line, the recipient's address (page-one-stacks.ts) and the fold marks.
 *
 * The address blocks are set in the flow of text, not floating: a borderless table of fixed
 * column widths and exact row heights that fills the space from the top margin to bodyTop, each
 * block in a cell from the row's top, pushed down to its place by an empty paragraph of exact
 * height. Blocks side by side (the window layouts) share one row; blocks one above the other
 * (no window) get a row each. Every floating object costs LibreOffice time to import and lay out
 * (issue 18; its CPU seconds at 500 letters, variants of one file measured in one run): a plain
 * document of the same paragraphs 10.5 s; the blocks as three frames a letter and the fold marks
 * as two 68 s; the blocks in this table, the marks still frames, 37 s; the table and no marks
 * 21 s. Drawings cost more than frames; the marks once in a first-page header that every letter
 * inherits cost more still (81 s against 36 s in another run): LibreOffice copies the header
 * into every letter's page style. Frames inside a table cell LibreOffice does not draw at all.
 *
 * A block above the top margin (a printer offset upwards) cannot be in the flow: then each
 * block is a frame at its place, as wide and as tall as its cell would be.
 */
import type { LayoutSettings } from '../../../shared/letter/layouts';
import { LAYOUT_PRESETS, MARGINS } from '../../../shared/letter/layouts';
import { FOLD_MARK, ptToMm } from '../../../shared/letter/typography';
import { gridTableXml, type GridRow } from './grid-table';
import type { PositionedBlock, Stack } from './page-one-stacks';
import { stackOf } from './page-one-stacks';
import { mmToTwips } from './units';
import type { FrameBox, ParagraphSpec } from './wordml';

/**
 * A fold mark: an empty paragraph in a frame as tall as the mark's weight, ruled along its top
 * edge as the print page draws it (a border-top at the mark's height). Body text runs through
 * the frame: it lies in the margin, and text giving way below it ("none") cost LibreOffice time.
 */
function foldMark(yMm: number, layout: LayoutSettings): ParagraphSpec {
  const weightMm = ptToMm(FOLD_MARK.weightPt);
  const frame: FrameBox = {
    left: mmToTwips(FOLD_MARK.leftMm + layout.offsetMm.x),
    top: mmToTwips(yMm + layout.offsetMm.y),
    width: mmToTwips(FOLD_MARK.lengthMm),
    height: mmToTwips(weightMm),
    wrap: 'through',
  };
  return { props: { frame, topRulePt: FOLD_MARK.weightPt, exactLine: mmToTwips(weightMm) }, content: '' };
}

const spacer = (heightMm: number): ParagraphSpec => ({ props: { exactLine: mmToTwips(heightMm) }, content: '' });

/** A block's place: its cell, in mm on the sheet. */
interface Cell {
  stack: Stack;
  leftMm: number;
  rightMm: number;
  topMm: number;
  bottomMm: number;
}

/** Where the block's widest line may end. */
const reachOf = (stack: Stack) => stack.leftMm + Math.max(...stack.lines.map((line) => line.widthMm));

/**
 * Side by side when no two blocks' boxes share a strip of the page's width; else one above the
 * other. A cell reaches to the next block on its right, or as far as its widest line may run.
 */
function cellsOf(stacks: Stack[], bodyTopMm: number): Cell[][] {
  const byLeft = [...stacks].sort((a, b) => a.leftMm - b.leftMm);
  const sideBySide = byLeft.every((stack, i) => i === 0 || (byLeft[i - 1] as Stack).leftMm + (byLeft[i - 1] as Stack).widthMm <= stack.leftMm);
  if (sideBySide) {
    return [byLeft.map((stack, i) => ({ stack, leftMm: stack.leftMm, rightMm: byLeft[i + 1]?.leftMm ?? reachOf(stack), topMm: MARGINS.top, bottomMm: bodyTopMm }))];
  }
  const byTop = [...stacks].sort((a, b) => a.topMm - b.topMm);
  const leftMm = Math.min(...stacks.map((stack) => stack.leftMm));
  const rightMm = Math.max(...stacks.map(reachOf));
  return byTop.map((stack, i) => [{ stack, leftMm, rightMm, topMm: i === 0 ? MARGINS.top : stack.topMm, bottomMm: byTop[i + 1]?.topMm ?? bodyTopMm }]);
}

/** The block's lines, each wrapping where its own width or the cell ends. */
function placedLines(cell: Cell): ParagraphSpec[] {
  return cell.stack.lines.map(({ paragraph, widthMm }) => {
    const left = cell.stack.leftMm - cell.leftMm;
    const indent = { left: mmToTwips(left), right: mmToTwips(Math.max(0, cell.rightMm - cell.stack.leftMm - widthMm)) };
    return { ...paragraph, props: { ...paragraph.props, indent } };
  });
}

function tableOf(rows: Cell[][]): string {
  const grid: GridRow[] = rows.map((cells) => ({
    height: mmToTwips((cells[0] as Cell).bottomMm - (cells[0] as Cell).topMm),
    cells: cells.map((cell) => {
      const gap = cell.stack.topMm - cell.topMm;
      return { width: mmToTwips(cell.rightMm - cell.leftMm), paragraphs: [...(gap > 0 ? [spacer(gap)] : []), ...placedLines(cell)] };
    }),
  }));
  return gridTableXml(grid, mmToTwips(Math.min(...rows.flat().map((cell) => cell.leftMm)) - MARGINS.left));
}

function framed(cell: Cell): ParagraphSpec[] {
  const frame: FrameBox = {
    left: mmToTwips(cell.leftMm),
    top: mmToTwips(cell.stack.topMm),
    width: mmToTwips(cell.rightMm - cell.leftMm),
    height: mmToTwips(cell.bottomMm - cell.stack.topMm),
  };
  return placedLines(cell).map((p) => ({ ...p, props: { ...p.props, frame } }));
}

export interface PageOne {
  /** The table of the address blocks, or '' when they are frames. */
  table: string;
  /** Frames (fold marks, blocks above the top margin), then a spacer to bodyTop if there is no table. */
  paragraphs: ParagraphSpec[];
}

/** The letter's first page up to bodyTop: the place-and-date line that follows starts there. `lang` is already attribute-escaped. */
export function pageOne(blocks: PositionedBlock[], layout: LayoutSettings, lang: string): PageOne {
  const preset = LAYOUT_PRESETS[layout.preset];
  const bodyTopMm = preset.bodyTop + layout.offsetMm.y;
  const stacks = blocks.map((block) => stackOf(block, layout, lang)).filter((stack) => stack.lines.length > 0);
  const marks = layout.foldMarks ? preset.foldMarks.map((y) => foldMark(y, layout)) : [];
  const rows = cellsOf(stacks, bodyTopMm);
  const inFlow = stacks.every((stack) => stack.topMm >= MARGINS.top);
  if (stacks.length > 0 && inFlow) return { table: tableOf(rows), paragraphs: marks };
  return { table: '', paragraphs: [...rows.flat().flatMap(framed), ...marks, spacer(bodyTopMm - MARGINS.top)] };
}
