import type { LetterBlock, LetterDocument } from '../../../shared/letter/model';
import { blockHtml } from '../../../shared/letter/render-html';
import { letterCssVariables } from '../../../shared/letter/typography-css';
import { measureBlocks, type BlockToMeasure, type HeightsByHtml } from './block-heights';
import { splits } from './split-block';

/**
 * Letters of a batch share their body: only the sender, the place-and-date line and the printed
 * name change from member to member, and none of these moves a page break as long as it keeps
 * its height. So each distinct body is laid out once; the next letter with the same body copies
 * its sheets and swaps the blocks that differ, once their heights are known to be the same
 * (measured off the page, block-heights.ts). A height that differs (a name that wraps) sends the
 * letter through the full layout: never a wrong break.
 */

/** One flowing block: its HTML and whether page breaking may split it (paragraphs, lists). */
export interface FlowBlock {
  html: string;
  splittable: boolean;
}

export function flowOf(doc: LetterDocument): FlowBlock[] {
  return doc.blocks
    .map((block: LetterBlock) => ({ html: blockHtml(block), kind: block.kind }))
    .filter((block) => block.html.length > 0)
    .map(({ html, kind }) => ({ html, splittable: splits(kind) }));
}

/** Everything that decides where the pages break, except the text of blocks that never split. */
export function layoutKey(doc: LetterDocument, flow: FlowBlock[], padToEven: boolean): string {
  const blocks = flow.map((block) => (block.splittable ? block.html : block.html.slice(0, block.html.indexOf('>') + 1)));
  return JSON.stringify([doc.lang, doc.pageLabel, padToEven, letterCssVariables(doc), blocks]);
}

interface LaidOut {
  letter: HTMLElement;
  flow: FlowBlock[];
  /** Heights measured so far of each block that never splits, by its index in the flow. */
  heights: Map<number, HeightsByHtml>;
}

const FLOW_INDEX = 'flow';

/** Heights kept per block: a batch of thousands of names needs only the current slice's. */
const MAX_HEIGHTS_PER_BLOCK = 1000;

/** Marks each block with its place in the flow; the parts of a split block keep the mark. */
export function markFlow(body: HTMLElement): void {
  Array.from(body.children).forEach((block, i) => ((block as HTMLElement).dataset[FLOW_INDEX] = String(i)));
}

function blockAt(letter: HTMLElement, index: number): HTMLElement | null {
  return letter.querySelector<HTMLElement>(`[data-${FLOW_INDEX}="${index}"]`);
}

/** A letter that may be copied from one laid out with the same key: the blocks to swap in. */
export interface CopyPlan {
  saved: LaidOut;
  swaps: { index: number; html: string; heights: HeightsByHtml }[];
}

export class LaidOutLetters {
  private readonly byKey = new Map<string, LaidOut>();

  get size(): number {
    return this.byKey.size;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  remember(key: string, letter: HTMLElement, flow: FlowBlock[]): void {
    if (!this.byKey.has(key)) this.byKey.set(key, { letter, flow, heights: new Map() });
  }

  /** The blocks a copy would swap; null when there is no layout to copy or a block cannot be found. */
  plan(key: string, flow: FlowBlock[]): CopyPlan | null {
    const saved = this.byKey.get(key);
    if (!saved || !saved.letter.querySelector('.sheet-first')) return null;
    const swaps: CopyPlan['swaps'] = [];
    for (const [index, block] of flow.entries()) {
      const old = saved.flow[index];
      if (block.html === old?.html) continue;
      if (!old || old.splittable || !blockAt(saved.letter, index)) return null;
      let heights = saved.heights.get(index);
      if (!heights || heights.size > MAX_HEIGHTS_PER_BLOCK) saved.heights.set(index, (heights = new Map()));
      swaps.push({ index, html: block.html, heights });
    }
    return { saved, swaps };
  }

  /** Measures, in one layout off the page, every block the plans swap in and every block they replace. */
  measure(plans: CopyPlan[], host: HTMLElement): void {
    const blocks: BlockToMeasure[] = plans.flatMap(({ saved, swaps }) =>
      swaps.flatMap(({ index, html, heights }) => {
        const place = blockAt(saved.letter, index) as HTMLElement;
        return [
          { html, place, into: heights },
          { html: (saved.flow[index] as FlowBlock).html, place, into: heights },
        ];
      }),
    );
    measureBlocks(blocks, host);
  }

  /** Whether every swapped block is as high as the one it replaces (measure() first). */
  fits({ saved, swaps }: CopyPlan): boolean {
    return swaps.every(({ index, html, heights }) => {
      const fresh = heights.get(html);
      const old = heights.get((saved.flow[index] as FlowBlock).html);
      return fresh !== undefined && old !== undefined && Math.abs(fresh - old) <= 0.01;
    });
  }

  /**
   * A copy of the saved sheets with the plan's blocks swapped in; `furnish` puts the first
   * sheet's furniture (sender, address) in place. Reads no layout.
   */
  copy({ saved, swaps }: CopyPlan, furnish: (firstSheet: HTMLElement) => void): HTMLElement {
    const letter = saved.letter.cloneNode(true) as HTMLElement;
    swapBlocks(letter, swaps, furnish);
    return letter;
  }
}

/**
 * Puts these blocks in place of those at the same place in the flow, and the first sheet's
 * furniture (sender, address) anew: a copy for a batch, the preview's own sheets while a member
 * types. Reads no layout.
 */
export function swapBlocks(letter: HTMLElement, swaps: { index: number; html: string }[], furnish: (firstSheet: HTMLElement) => void): void {
  const template = letter.ownerDocument.createElement('template');
  for (const { index, html } of swaps) {
    template.innerHTML = html;
    const fresh = template.content.firstElementChild as HTMLElement;
    fresh.dataset[FLOW_INDEX] = String(index);
    blockAt(letter, index)?.replaceWith(fresh);
  }
  const first = letter.querySelector<HTMLElement>('.sheet-first') as HTMLElement;
  for (const part of Array.from(first.children)) if (!part.matches('.sheet-body, .page-label')) part.remove();
  furnish(first);
}
