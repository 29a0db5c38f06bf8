import type { LetterBlock, LetterDocument } from '../../../shared/letter/model';
import { blockHtml } from '../../../shared/letter/render-html';
import { letterCssVariables } from '../../../shared/letter/typography-css';
import { splits } from './split-block';

/**
 * Letters of a batch share their body: only the sender, the place-and-date line and the printed
 * name change from member to member, and none of these moves a page break as long as it keeps
 * its height. So each distinct body is laid out once; the next letter with the same body copies
 * its sheets, swaps the blocks that differ and checks their heights. A height that changed (a
 * name that wraps) sends the letter through the full layout: never a wrong break.
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
  /** Height of each block that never splits, by its index in the flow. */
  heights: Map<number, number>;
}

const FLOW_INDEX = 'flow';

/** Marks each block with its place in the flow; the parts of a split block keep the mark. */
export function markFlow(body: HTMLElement): void {
  Array.from(body.children).forEach((block, i) => ((block as HTMLElement).dataset[FLOW_INDEX] = String(i)));
}

function blockAt(letter: HTMLElement, index: number): HTMLElement | null {
  return letter.querySelector<HTMLElement>(`[data-${FLOW_INDEX}="${index}"]`);
}

export class LaidOutLetters {
  private readonly byKey = new Map<string, LaidOut>();

  remember(key: string, letter: HTMLElement, flow: FlowBlock[]): void {
    if (this.byKey.has(key)) return;
    const heights = new Map<number, number>();
    flow.forEach((block, i) => {
      const element = block.splittable ? null : blockAt(letter, i);
      if (element) heights.set(i, element.getBoundingClientRect().height);
    });
    this.byKey.set(key, { letter, flow, heights });
  }

  /**
   * A copy of the sheets laid out for the same key, with this letter's blocks swapped in, appended
   * to the container; null when there is none. `furnish` puts the first sheet's furniture
   * (sender, address) in place. The copy still has to pass `fits` (see below).
   */
  copy(key: string, flow: FlowBlock[], furnish: (firstSheet: HTMLElement) => void, container: HTMLElement): Copied | null {
    const saved = this.byKey.get(key);
    if (!saved) return null;
    const letter = saved.letter.cloneNode(true) as HTMLElement;
    const swapped: [HTMLElement, number][] = [];
    const template = letter.ownerDocument.createElement('template');
    for (const [i, block] of flow.entries()) {
      if (block.html === saved.flow[i]?.html) continue;
      const old = blockAt(letter, i);
      template.innerHTML = block.html;
      const fresh = template.content.firstElementChild as HTMLElement | null;
      const height = saved.heights.get(i);
      if (!old || !fresh || height === undefined) return null;
      fresh.dataset[FLOW_INDEX] = String(i);
      old.replaceWith(fresh);
      swapped.push([fresh, height]);
    }
    const first = letter.querySelector<HTMLElement>('.sheet-first');
    if (!first) return null;
    for (const part of Array.from(first.children)) if (!part.matches('.sheet-body, .page-label')) part.remove();
    furnish(first);
    container.append(letter);
    return { letter, fits: () => swapped.every(([fresh, height]) => Math.abs(fresh.getBoundingClientRect().height - height) <= 0.01) };
  }
}

/**
 * A letter copied from another with the same body. `fits()` reads the swapped blocks' heights:
 * one that changed (a name that wraps) moves breaks, and the letter must be laid out afresh.
 * Called for all copies after all are placed, so the page is laid out once for all of them
 * rather than once per letter.
 */
export interface Copied {
  letter: HTMLElement;
  fits(): boolean;
}
