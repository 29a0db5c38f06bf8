import type { LetterDocument } from '../../../shared/letter/model';
import { LaidOutLetters, flowOf, layoutKey, swapBlocks, type FlowBlock } from './layout-reuse';
import { furnish, mountLetters } from './mount-letters';

/** The letter on screen: its layout key and flow, to tell which blocks a new version changes. */
interface Shown {
  letter: HTMLElement;
  key: string;
  flow: FlowBlock[];
}

/**
 * The sheets of one preview while a member types. Their name, address or place changes, the body
 * and so its page breaks do not: the blocks that changed are swapped on the sheets already shown,
 * once they are known to keep their height (measured off the page, as layout-reuse.ts does for a
 * batch). Nothing else on screen changes, so the browser lays out and paints only those blocks.
 * A block that changes height (a name that wraps) or a new body lays the letter out in full.
 */
export class PreviewSheets {
  /** The layout on screen, remembered by mountLetters; null: lay out in full next time. */
  private laidOut: LaidOutLetters | null = null;
  private shown: Shown | null = null;

  constructor(private readonly container: HTMLElement) {}

  /** Heights measured before the fonts were in, or at another zoom, must not be compared. */
  forget(): void {
    this.laidOut = null;
  }

  show(doc: LetterDocument): void {
    const flow = flowOf(doc);
    const key = layoutKey(doc, flow, false);
    if (this.swapped(doc, flow, key)) return;
    // A fresh layout each time: the swaps change the remembered letter itself, which must then
    // never be copied for another key.
    this.laidOut = new LaidOutLetters();
    mountLetters(this.container, [doc], {}, this.laidOut);
    const letter = this.container.firstElementChild as HTMLElement | null;
    this.shown = letter ? { letter, key, flow } : null;
  }

  /** Swaps the changed blocks and the first sheet's furniture in place; false when it cannot. */
  private swapped(doc: LetterDocument, flow: FlowBlock[], key: string): boolean {
    const shown = this.shown;
    if (!shown || !this.laidOut || shown.key !== key || !shown.letter.isConnected) return false;
    const plan = this.laidOut.plan(key, flow);
    if (!plan) return false;
    this.laidOut.measure([plan], this.container);
    if (!this.laidOut.fits(plan)) return false;
    // Only what differs from the sheets shown: the blocks left as they are are not touched.
    const changed = flow.flatMap((block, index) => (block.html === shown.flow[index]?.html ? [] : [{ index, html: block.html }]));
    swapBlocks(shown.letter, changed, (first) => furnish(first, doc));
    this.shown = { ...shown, flow };
    return true;
  }
}
