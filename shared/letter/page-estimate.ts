/**
 * How many pages a letter takes, worked out from typography.ts without a layout engine: for the
 * DOCX's "of N" (main/export/docx/page-label.ts). Word counts a section's pages itself
 * (SECTIONPAGES) but LibreOffice prints the number the file carries, so the file must carry the
 * right one.
 *
 * The rules are those of the print page (renderer/src/preview/mount-letters.ts) and of the DOCX's
 * styles: blocks one after the other, each followed by its space (dropped at the foot of a page);
 * a paragraph splits between lines with two lines at least on each side, a list between its
 * items; any other block moves whole, taking with it the keep-with-next blocks before it (the
 * page's first block always stays). The e2e test docx-vs-pdf checks the estimate against both.
 */
import { LAYOUT_PRESETS, MARGINS, PAGE } from './layouts';
import { countLines, type StyledText } from './line-breaks';
import type { LetterBlock, LetterDocument } from './model';
import { blockText } from './model';
import { BLOCK_TYPES, LIST_INDENT, mmToPt, type BlockType } from './typography';

/** Rounding in the engines' units (twips, 1/64 px): a block this much too tall still fits. */
const EPSILON_PT = 0.1;
/** Widow and orphan control: lines a split paragraph leaves on each page at least. */
const MIN_LINES = 2;

/** A block to place: its lines (each `leading` tall), or its items for a list. */
interface Unit {
  lines: number;
  leading: number;
  after: number;
  keepWithNext: boolean;
  splits: 'lines' | 'items' | 'never';
  items?: Unit[];
}

const BODY_WIDTH_PT = mmToPt(PAGE.width - MARGINS.left - MARGINS.right);

const height = (unit: Unit): number =>
  unit.items ? unit.items.reduce((sum, item, i, all) => sum + item.lines * item.leading + (i < all.length - 1 ? item.after : 0), 0) : unit.lines * unit.leading;

function unitOf(type: BlockType, lines: number, splits: Unit['splits'] = type.keepTogether ? 'never' : 'lines'): Unit {
  return { lines, leading: type.leadingPt, after: type.spaceAfterPt, keepWithNext: type.keepWithNext, splits };
}

function linesOf(texts: StyledText[][], type: BlockType, widthPt = BODY_WIDTH_PT): number {
  return texts.reduce((sum, runs) => sum + countLines(runs, type.sizePt, widthPt), 0);
}

function flowUnit(block: Exclude<LetterBlock, { kind: 'sender' | 'recipient' }>): Unit {
  const type = BLOCK_TYPES[block.kind];
  switch (block.kind) {
    case 'paragraph':
      return unitOf(type, linesOf([block.runs], type));
    case 'list': {
      const itemType = BLOCK_TYPES['list-item'];
      const width = BODY_WIDTH_PT - mmToPt(LIST_INDENT.textMm);
      const items = block.items.map((item) => unitOf(itemType, linesOf([item], itemType, width)));
      return { ...unitOf(type, 0, 'items'), items };
    }
    case 'signature-space':
      return unitOf(type, 1);
    default:
      return unitOf(type, linesOf(blockText(block).map((text) => [{ text, bold: type.bold }]), type));
  }
}

/** The part of a unit that fits in `room`, and the rest; null when it cannot be split there. */
function split(unit: Unit, room: number): [Unit, Unit] | null {
  if (unit.splits === 'lines') {
    let fitting = Math.floor((room + EPSILON_PT) / unit.leading);
    if (unit.lines - fitting < MIN_LINES) fitting = unit.lines - MIN_LINES;
    if (fitting < MIN_LINES) return null;
    return [
      { ...unit, lines: fitting },
      { ...unit, lines: unit.lines - fitting },
    ];
  }
  if (unit.splits === 'items' && unit.items) {
    let used = 0;
    let fitting = 0;
    for (const item of unit.items) {
      if (used + item.lines * item.leading > room + EPSILON_PT) break;
      used += item.lines * item.leading + item.after;
      fitting += 1;
    }
    if (fitting === 0) return null;
    return [
      { ...unit, items: unit.items.slice(0, fitting) },
      { ...unit, items: unit.items.slice(fitting) },
    ];
  }
  return null;
}

export function estimatePageCount(doc: LetterDocument): number {
  const preset = LAYOUT_PRESETS[doc.layout.preset];
  const top = mmToPt(MARGINS.top);
  const limit = mmToPt(PAGE.height - MARGINS.bottom);
  const queue = doc.blocks.flatMap((block) => (block.kind === 'sender' || block.kind === 'recipient' ? [] : [flowUnit(block)]));
  let pages = 1;
  let y = mmToPt(preset.bodyTop + doc.layout.offsetMm.y);
  let onPage: Unit[] = [];
  const newPage = () => {
    pages += 1;
    y = top;
    onPage = [];
  };
  for (let unit = queue.shift(); unit; unit = queue.shift()) {
    const tall = height(unit);
    if (y + tall <= limit + EPSILON_PT || onPage.length === 0) {
      // A block alone on its page that still does not fit stays there: nowhere is better.
      const parts = onPage.length === 0 && y + tall > limit + EPSILON_PT ? split(unit, limit - y) : null;
      if (parts) {
        queue.unshift(parts[1]);
        newPage();
        continue;
      }
      onPage.push(unit);
      y += tall + unit.after;
      continue;
    }
    const parts = split(unit, limit - y);
    if (parts) {
      queue.unshift(parts[1]);
      newPage();
      continue;
    }
    let start = onPage.length;
    while (start > 1 && (onPage[start - 1] as Unit).keepWithNext) start--;
    queue.unshift(...onPage.slice(start), unit);
    newPage();
  }
  return pages;
}
