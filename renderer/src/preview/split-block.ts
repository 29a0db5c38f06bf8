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

/** A paragraph's text as one string of offsets over its text nodes (bold and italic are nodes of their own). */
class ParagraphText {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  readonly length: number;
  private readonly range: Range;

  constructor(paragraph: HTMLElement) {
    const owner = paragraph.ownerDocument;
    const walker = owner.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      this.nodes.push(node);
      this.starts.push(length);
      length += node.data.length;
    }
    this.length = length;
    this.range = owner.createRange();
  }

  /** The text node holding offset `at`, and the offset within it. */
  locate(at: number): { node: Text; offset: number } {
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { node: this.nodes[lo] as Text, offset: at - (this.starts[lo] as number) };
  }

  /** The box of the character at `at`, or null for one that draws nothing (a space, a line end). */
  private glyph(at: number): DOMRect | null {
    const { node, offset } = this.locate(at);
    const code = node.data.charCodeAt(offset);
    // Spaces, line ends and the second half of a surrogate pair have no box of their own.
    if (code === 0x20 || code === 0x0a || (code >= 0xdc00 && code <= 0xdfff)) return null;
    this.range.setStart(node, offset);
    this.range.setEnd(node, Math.min(offset + (code >= 0xd800 && code <= 0xdbff ? 2 : 1), node.data.length));
    const rect = this.range.getBoundingClientRect();
    return rect.width === 0 && rect.height === 0 ? null : rect;
  }

  /** The first drawn character at or after `at` (step > 0) or at or before it (step < 0). */
  drawn(at: number, step: 1 | -1 = 1): Glyph | null {
    for (let i = at; i >= 0 && i < this.length; i += step) {
      const rect = this.glyph(i);
      if (rect) return { at: i, top: rect.top, height: rect.height };
    }
    return null;
  }

  /**
   * The first drawn character whose top lies below `top`, by binary search: characters come in
   * reading order, so their tops never decrease. O(log n) measurements instead of one per character.
   */
  firstBelow(top: number): Glyph | null {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const probe = this.drawn(mid);
      if (!probe || probe.top > top) hi = mid;
      else lo = probe.at + 1;
    }
    return this.drawn(lo);
  }
}

interface Glyph {
  at: number;
  top: number;
  height: number;
}

function splitParagraph(paragraph: HTMLElement, limit: number): HTMLElement | null {
  const text = new ParagraphText(paragraph);
  const first = text.drawn(0);
  const last = text.drawn(text.length - 1, -1);
  if (!first || !last) return null;
  // The second line's first character gives the line pitch; a single line never splits.
  const second = text.firstBelow(first.top + first.height / 2);
  if (!second) return null;
  const pitch = second.top - first.top;
  const lineOf = (glyph: Glyph) => Math.round((glyph.top - first.top) / pitch);
  // The first line that does not fit whole above the limit, found at its first character.
  let cut = text.firstBelow(limit - pitch);
  if (!cut) return null;
  cut = text.firstBelow(cut.top - pitch / 2) ?? cut;
  // Widows: leave at least two lines for the next sheet.
  const lines = lineOf(last) + 1;
  if (lines - lineOf(cut) < MIN_LINES) {
    cut = text.firstBelow(first.top + (lines - MIN_LINES - 0.5) * pitch);
    if (!cut) return null;
  }
  if (lineOf(cut) < MIN_LINES) return null;
  const { node, offset } = text.locate(cut.at);
  const range = paragraph.ownerDocument.createRange();
  range.setStart(node, offset);
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

/** Whether page breaking may split a block of this kind between lines or items (typography.ts). */
export function splits(kind: string): boolean {
  return (BLOCK_TYPES as Record<string, BlockType>)[kind]?.keepTogether === false;
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

/**
 * Cuts a long paragraph into pieces of about `chars` characters, the first being the paragraph
 * itself: the sheets then lay out one piece at a time rather than the whole rest of the paragraph
 * at every break. A piece goes back into the one before it when both reach the same sheet
 * (mount-letters.ts), so where the pieces were cut never shows. Other blocks stay whole.
 */
export function cutIntoPieces(block: HTMLElement, chars: number): HTMLElement[] {
  if (block.tagName !== 'P' || typeOf(block)?.keepTogether !== false) return [block];
  const text = new ParagraphText(block);
  const pieces: HTMLElement[] = [];
  // From the end, so each cut copies one piece, not the rest of the paragraph.
  for (let end = Math.floor((text.length - 1) / chars) * chars; end > 0; end -= chars) {
    const { node, offset } = text.locate(end);
    // Never between the two halves of a character outside the BMP.
    const code = node.data.charCodeAt(offset);
    const at = offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
    const range = block.ownerDocument.createRange();
    range.setStart(node, at);
    range.setEnd(block, block.childNodes.length);
    const piece = block.cloneNode(false) as HTMLElement;
    piece.append(range.extractContents());
    pieces.unshift(piece);
  }
  return [block, ...pieces];
}
