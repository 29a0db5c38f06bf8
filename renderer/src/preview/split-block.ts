import { BLOCK_TYPES, type BlockType } from '../../../shared/letter/typography';

/**
 * Splits a block that runs past the bottom of a sheet so the rest can continue on the next one,
 * the way a word processor does: paragraphs break between lines (at least two lines on each
 * side), lists between items. Returns the part that must move on, or null when the block should
 * move whole. Works on the live layout, so it agrees with what the print engine draws.
 */

const MIN_LINES = 2;

function splitList(list: HTMLElement, limit: number): HTMLElement | null {
  const items = Array.from(list.children) as HTMLElement[];
  const cut = items.findIndex((item) => item.getBoundingClientRect().bottom > limit);
  if (cut <= 0) return null;
  const rest = list.cloneNode(false) as HTMLElement;
  rest.append(...items.slice(cut));
  return rest;
}

interface LineStart {
  node: Text;
  offset: number;
  top: number;
}

function lineStarts(paragraph: HTMLElement): LineStart[] {
  const owner = paragraph.ownerDocument;
  const walker = owner.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const range = owner.createRange();
  const starts: LineStart[] = [];
  let lastTop = -Infinity;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' || text[i] === '\n') continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // A new line starts where a glyph sits clearly below the previous line's glyphs.
      if (rect.top > lastTop + rect.height / 2) {
        starts.push({ node, offset: i, top: rect.top });
        lastTop = rect.top;
      }
    }
  }
  return starts;
}

function splitParagraph(paragraph: HTMLElement, limit: number): HTMLElement | null {
  const lines = lineStarts(paragraph);
  const bottom = paragraph.getBoundingClientRect().bottom;
  const lineHeight = lines.length > 1 ? (lines[1] as LineStart).top - (lines[0] as LineStart).top : bottom;
  let fitting = lines.findIndex((line) => line.top + lineHeight > limit);
  if (fitting < 0) return null;
  // Widows: leave at least two lines for the next sheet.
  if (lines.length - fitting < MIN_LINES) fitting = lines.length - MIN_LINES;
  if (fitting < MIN_LINES) return null;
  const cut = lines[fitting] as LineStart;
  const range = paragraph.ownerDocument.createRange();
  range.setStart(cut.node, cut.offset);
  range.setEnd(paragraph, paragraph.childNodes.length);
  const rest = paragraph.cloneNode(false) as HTMLElement;
  rest.append(range.extractContents());
  return rest;
}

/** The block's type in typography.ts, read from its block-{kind} class (render-html.ts). */
function typeOf(block: Element): BlockType | undefined {
  const kind = Array.from(block.classList).find((c) => c.startsWith('block-'));
  return kind ? (BLOCK_TYPES as Record<string, BlockType>)[kind.slice('block-'.length)] : undefined;
}

export function splitToFit(block: HTMLElement, body: HTMLElement): HTMLElement | null {
  if (typeOf(block)?.keepTogether !== false) return null;
  const limit = body.getBoundingClientRect().bottom;
  return block.tagName === 'UL' ? splitList(block, limit) : splitParagraph(block, limit);
}

/** Blocks that must not end a sheet: they belong with what follows them (typography.ts). */
export function keepsWithNext(block: Element): boolean {
  return typeOf(block)?.keepWithNext === true;
}
