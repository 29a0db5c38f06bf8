import type { LetterDocument } from '../../../shared/letter/model';
import { furnitureHtml, pageLabelText } from '../../../shared/letter/render-html';
import { returnLineLeadingPt } from '../../../shared/letter/return-line';
import { letterCssVariables } from '../../../shared/letter/typography-css';
import { LaidOutLetters, flowOf, layoutKey, markFlow, type CopyPlan, type FlowBlock } from './layout-reuse';
import { cutIntoPieces, keepsWithNext, splitToFit } from './split-block';

/**
 * Lays letters out on A4 sheets in the live DOM. The preview and the print page both call this,
 * so page breaks on screen are the page breaks on paper. A paragraph or list that runs past
 * the bottom continues on the next sheet (split-block.ts); nothing is ever cut off.
 */

export interface MountOptions {
  /** Add a blank sheet to letters with an odd page count (duplex printing of a batch). */
  padToEven?: boolean;
}

/** CSSOM writes are allowed by the CSP; style attributes in HTML would not be. */
function setVariables(element: HTMLElement, vars: Record<string, string>): void {
  for (const [name, value] of Object.entries(vars)) element.style.setProperty(name, value);
}

/** The return line at the size return-line.ts chose (render-html.ts writes it as data-size-pt). */
function sizeReturnLine(sheet: HTMLElement): void {
  const line = sheet.querySelector<HTMLElement>('.letter-return-address[data-size-pt]');
  const size = Number(line?.dataset.sizePt);
  if (!line || !Number.isFinite(size)) return;
  setVariables(line, { '--fitted-size': `${size}pt`, '--fitted-leading': `${returnLineLeadingPt(size)}pt` });
}

function newSheet(owner: Document, first: boolean): { sheet: HTMLElement; body: HTMLElement } {
  const sheet = owner.createElement('section');
  sheet.className = first ? 'sheet sheet-first' : 'sheet sheet-next';
  const body = owner.createElement('div');
  body.className = 'sheet-body';
  sheet.append(body);
  return { sheet, body };
}

function overflows(body: HTMLElement): boolean {
  return body.scrollHeight > body.clientHeight + 1;
}

/**
 * The first block that runs past the bottom of the body, or -1. A block's space after is a margin
 * (letter.css), outside its box: block k overflows exactly when its text does, as in Word and
 * LibreOffice, which drop the space after at the foot of a page; later blocks do not move it.
 * All blocks are read from one layout: measuring after each block appended forced a layout per
 * block, most of the time of a batch.
 */
function firstOverflowing(body: HTMLElement, blocks: HTMLElement[]): number {
  const box = body.getBoundingClientRect();
  // The preview's CSS zoom scales rectangles but not clientHeight.
  const scale = box.height / body.clientHeight || 1;
  const limit = box.top + (body.clientHeight + 1) * scale;
  return blocks.findIndex((block) => block.getBoundingClientRect().bottom > limit);
}

/**
 * About a sheet's worth of text (an A4 sheet holds some 4,000 characters of the letter's 11 pt):
 * blocks wait outside the page and move onto each new sheet a piece at a time, so a sheet never
 * lays out the whole rest of a long letter, only what can reach it.
 */
const PIECE_CHARS = 5000;

/** Blocks that did not fit yet, in order, outside the DOM; long paragraphs cut into pieces. */
class Waiting {
  private readonly queue: HTMLElement[] = [];
  /** Pieces that continue the block before them (split-block.ts cutIntoPieces). */
  private readonly continuations = new WeakSet<HTMLElement>();

  get empty(): boolean {
    return this.queue.length === 0;
  }

  /** Blocks moved off a sheet: they come before everything already waiting. */
  putBack(blocks: HTMLElement[]): void {
    const cut = blocks.flatMap((block) => {
      if ((block.textContent ?? '').length <= PIECE_CHARS) return [block];
      const pieces = cutIntoPieces(block, PIECE_CHARS);
      pieces.slice(1).forEach((piece) => this.continuations.add(piece));
      return pieces;
    });
    this.queue.unshift(...cut);
  }

  /** True when the next block waiting continues the body's last block. */
  continuesLast(): boolean {
    const next = this.queue[0];
    return next !== undefined && this.continuations.has(next);
  }

  /** Moves about a sheet's worth onto the body; a piece joins the block it continues. */
  fill(body: HTMLElement): void {
    let chars = 0;
    while (chars < PIECE_CHARS) {
      const block = this.queue.shift();
      if (!block) return;
      // A block takes at least a line, whatever its text.
      chars += (block.textContent ?? '').length + 80;
      const previous = body.lastElementChild;
      if (this.continuations.has(block) && previous) previous.append(...Array.from(block.childNodes));
      else body.append(block);
    }
  }
}

/** The block ends well below the body: lines cut short at a piece's end cannot reach the sheet. */
function wellPast(block: HTMLElement, body: HTMLElement): boolean {
  const box = body.getBoundingClientRect();
  return block.getBoundingClientRect().bottom > box.bottom + box.height / 4;
}

/**
 * Moves what does not fit on a sheet to new sheets until everything fits: a paragraph or list is
 * split between lines or items; another block moves whole, with the salutation or closing before
 * it (those never end a sheet on their own). A block alone on its sheet that still does not fit
 * stays: there is nowhere better for it. Each sheet lays out about one sheet's worth (Waiting):
 * the work grows with the letter's length, not with its square.
 */
function flowOntoSheets(firstBody: HTMLElement, startSheet: () => HTMLElement): void {
  const waiting = new Waiting();
  let body = firstBody;
  for (;;) {
    const blocks = Array.from(body.children) as HTMLElement[];
    const k = overflows(body) ? firstOverflowing(body, blocks) : -1;
    if (k < 0) {
      if (waiting.empty) return;
      waiting.fill(body);
      continue;
    }
    const block = blocks[k] as HTMLElement;
    // The paragraph goes on in the next piece: join it before choosing the line to break at.
    if (k === blocks.length - 1 && waiting.continuesLast() && !wellPast(block, body)) {
      waiting.fill(body);
      continue;
    }
    const carry = blocks.slice(k + 1);
    // Split while the layout is still clean: the split reads line positions.
    const rest = splitToFit(block, body);
    if (rest) {
      carry.unshift(rest);
    } else if (k > 0) {
      let start = k;
      // At least the sheet's first block stays.
      while (start > 1 && keepsWithNext(blocks[start - 1] as HTMLElement)) start--;
      carry.unshift(...blocks.slice(start, k + 1));
    }
    if (carry.length === 0 && waiting.empty) return;
    for (const moved of carry) moved.remove();
    waiting.putBack(carry);
    body = startSheet();
    waiting.fill(body);
  }
}

/** The first sheet's furniture: sender, window address and fold marks (render-html.ts). */
export function furnish(sheet: HTMLElement, doc: LetterDocument): void {
  sheet.insertAdjacentHTML('afterbegin', furnitureHtml(doc));
  sizeReturnLine(sheet);
}

/** Lays one letter out in full, appended to the container; returns its element. */
function mountOne(container: HTMLElement, doc: LetterDocument, options: MountOptions, laidOut: LaidOutLetters | null): HTMLElement {
  const flow = flowOf(doc);
  const owner = container.ownerDocument;
  const letter = owner.createElement('div');
  letter.className = 'letter-sheets';
  letter.lang = doc.lang;
  letter.dataset.layout = doc.layout.preset;
  setVariables(letter, letterCssVariables(doc));
  container.append(letter);

  const first = newSheet(owner, true);
  furnish(first.sheet, doc);
  letter.append(first.sheet);
  first.body.innerHTML = flow.map((block) => block.html).join('');
  markFlow(first.body);
  const sheets = [first.sheet];
  flowOntoSheets(first.body, () => {
    const next = newSheet(owner, false);
    letter.append(next.sheet);
    sheets.push(next.sheet);
    return next.body;
  });

  if (options.padToEven && sheets.length % 2 === 1) {
    const blank = newSheet(owner, false);
    blank.sheet.classList.add('sheet-blank');
    letter.append(blank.sheet);
  }

  if (sheets.length > 1) {
    sheets.forEach((sheet, i) => {
      if (i === 0) return;
      const label = owner.createElement('p');
      label.className = 'page-label';
      label.textContent = pageLabelText(doc.pageLabel, i + 1, sheets.length);
      sheet.append(label);
    });
  }
  laidOut?.remember(layoutKey(doc, flow, options.padToEven === true), letter, flow);
  return letter;
}

/** Lays a letter out in full where `placeholder` stands. */
function mountAt(placeholder: Comment, doc: LetterDocument, options: MountOptions): void {
  const scratch = (placeholder.ownerDocument as Document).createElement('div');
  placeholder.replaceWith(scratch);
  scratch.replaceWith(mountOne(scratch, doc, options, null));
}

/**
 * Replaces the container's content with the letters' sheets; returns the number of sheets.
 * `laidOut` keeps the layouts of earlier calls (the preview's, while a member types): a letter
 * whose body was laid out before is copied and checked instead of laid out again.
 *
 * In three passes, so that no layout is read once a copy is in place (that would lay out every
 * copy on screen before the print engine lays them out again): letters with a new body are laid
 * out in full, the others hold their place; the blocks the copies swap in are measured off the
 * page; the copies whose blocks keep their height take their place, the others are laid out in full
 * first.
 */
export function mountLetters(container: HTMLElement, docs: LetterDocument[], options: MountOptions = {}, laidOut = new LaidOutLetters()): number {
  container.replaceChildren();
  const padToEven = options.padToEven === true;
  const waiting: { doc: LetterDocument; flow: FlowBlock[]; key: string; placeholder: Comment }[] = [];
  for (const doc of docs) {
    const flow = flowOf(doc);
    const key = layoutKey(doc, flow, padToEven);
    if (!laidOut.has(key)) {
      mountOne(container, doc, options, laidOut);
      continue;
    }
    const placeholder = container.ownerDocument.createComment('');
    container.append(placeholder);
    waiting.push({ doc, flow, key, placeholder });
  }
  const planned = waiting.map((letter) => ({ ...letter, plan: laidOut.plan(letter.key, letter.flow) }));
  laidOut.measure(planned.flatMap(({ plan }) => (plan ? [plan] : [])), container);
  const copies: [CopyPlan, LetterDocument, Comment][] = [];
  for (const { doc, plan, placeholder } of planned) {
    if (plan && laidOut.fits(plan)) copies.push([plan, doc, placeholder]);
    else mountAt(placeholder, doc, options);
  }
  for (const [plan, doc, placeholder] of copies) placeholder.replaceWith(laidOut.copy(plan, (sheet) => furnish(sheet, doc)));
  return Array.from(container.children).reduce((pages, letter) => pages + letter.children.length, 0);
}

const LETTER_FACES = ['11pt "Letter Serif"', 'bold 11pt "Letter Serif"', 'italic 11pt "Letter Serif"', 'italic bold 11pt "Letter Serif"'];

/** Loads every face of the letter font: page breaks measured with a fallback font would be wrong. */
export async function loadLetterFonts(owner: Document = document): Promise<void> {
  await Promise.all(LETTER_FACES.map((face) => owner.fonts.load(face)));
  await owner.fonts.ready;
}
