/**
 * Heights of blocks that never split, measured off the page: each in a bare copy of the sheet it
 * sits on (the letter's CSS variables, language and layout; the sheet's body width), all in one
 * layout. Reading a block where it was swapped in would lay out every copied letter on screen,
 * and the print engine then lays them out again for paper: measured here, nothing reads the
 * layout once the copies are placed.
 */

/** Heights by the block's HTML, for one block of one laid-out letter. */
export type HeightsByHtml = Map<string, number>;

/** One block to measure: its HTML, where it sits in a laid-out letter, where its height goes. */
export interface BlockToMeasure {
  html: string;
  /** The laid-out block whose place (sheet, body, letter) gives the measuring context. */
  place: HTMLElement;
  into: HeightsByHtml;
}

/** A bare body like the one `place` sits in: the letter, sheet and body cloned without content. */
function bareBodyLike(place: HTMLElement, box: HTMLElement): HTMLElement | null {
  const body = place.parentElement;
  const sheet = body?.parentElement;
  const letter = sheet?.parentElement;
  if (!body || !sheet || !letter) return null;
  const bareLetter = letter.cloneNode(false) as HTMLElement;
  const bareSheet = sheet.cloneNode(false) as HTMLElement;
  const bareBody = body.cloneNode(false) as HTMLElement;
  bareSheet.append(bareBody);
  bareLetter.append(bareSheet);
  box.append(bareLetter);
  return bareBody;
}

/**
 * Measures every block not measured yet, in one layout, and stores each height in its `into`.
 * The box is appended to `host` for the measurement and removed again. A block whose context is
 * missing stays unmeasured (the caller then lays its letter out in full).
 */
export function measureBlocks(blocks: BlockToMeasure[], host: HTMLElement): void {
  const todo = blocks.filter((block) => !block.into.has(block.html));
  if (todo.length === 0) return;
  const owner = host.ownerDocument;
  const box = owner.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  const bodies = new Map<HTMLElement | null, HTMLElement | null>();
  const template = owner.createElement('template');
  const placed: [HTMLElement, BlockToMeasure][] = [];
  for (const block of todo) {
    const context = block.place.parentElement;
    if (!bodies.has(context)) bodies.set(context, bareBodyLike(block.place, box));
    const body = bodies.get(context);
    template.innerHTML = block.html;
    const element = template.content.firstElementChild as HTMLElement | null;
    if (!body || !element) continue;
    body.append(element);
    placed.push([element, block]);
  }
  host.append(box);
  // Blocks are stacked in one body: no rule of letter.css depends on a block's neighbours, and
  // a margin lies outside the box measured.
  for (const [element, block] of placed) block.into.set(block.html, element.getBoundingClientRect().height);
  box.remove();
}
