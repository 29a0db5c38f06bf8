import type { LetterDocument } from '../../../shared/letter/model';
import { flowBlocksHtml, furnitureHtml, pageLabelText } from '../../../shared/letter/render-html';
import { returnLineLeadingPt } from '../../../shared/letter/return-line';
import { letterCssVariables } from '../../../shared/letter/typography-css';
import { keepsWithNext, splitToFit } from './split-block';

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
 * Moves what does not fit on a sheet to new sheets until everything fits: a paragraph or list is
 * split between lines or items; another block moves whole, with the salutation or closing before
 * it (those never end a sheet on their own). A block alone on its sheet that still does not fit
 * stays: there is nowhere better for it.
 */
function flowOntoSheets(firstBody: HTMLElement, startSheet: () => HTMLElement): void {
  let body = firstBody;
  while (overflows(body)) {
    const blocks = Array.from(body.children) as HTMLElement[];
    const k = firstOverflowing(body, blocks);
    if (k < 0) return;
    const block = blocks[k] as HTMLElement;
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
    if (carry.length === 0) return;
    body = startSheet();
    body.append(...carry);
  }
}

function mountOne(container: HTMLElement, doc: LetterDocument, options: MountOptions): number {
  const owner = container.ownerDocument;
  const letter = owner.createElement('div');
  letter.className = 'letter-sheets';
  letter.lang = doc.lang;
  letter.dataset.layout = doc.layout.preset;
  setVariables(letter, letterCssVariables(doc));
  container.append(letter);

  const first = newSheet(owner, true);
  first.sheet.insertAdjacentHTML('afterbegin', furnitureHtml(doc));
  sizeReturnLine(first.sheet);
  letter.append(first.sheet);
  first.body.innerHTML = flowBlocksHtml(doc).join('');
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
  return letter.children.length;
}

/** Replaces the container's content with the letters' sheets; returns the number of sheets. */
export function mountLetters(container: HTMLElement, docs: LetterDocument[], options: MountOptions = {}): number {
  container.replaceChildren();
  let pages = 0;
  for (const doc of docs) pages += mountOne(container, doc, options);
  return pages;
}

const LETTER_FACES = ['11pt "Letter Serif"', 'bold 11pt "Letter Serif"', 'italic 11pt "Letter Serif"', 'italic bold 11pt "Letter Serif"'];

/** Loads every face of the letter font: page breaks measured with a fallback font would be wrong. */
export async function loadLetterFonts(owner: Document = document): Promise<void> {
  await Promise.all(LETTER_FACES.map((face) => owner.fonts.load(face)));
  await owner.fonts.ready;
}
