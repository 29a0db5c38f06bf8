import type { LetterDocument } from '../../../shared/letter/model';
import { LAYOUT_PRESETS } from '../../../shared/letter/layouts';
import { flowBlocksHtml, furnitureHtml, pageLabelText } from '../../../shared/letter/render-html';
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

function setLayoutVariables(element: HTMLElement, doc: LetterDocument): void {
  const preset = LAYOUT_PRESETS[doc.layout.preset];
  const mm = (value: number) => `${value}mm`;
  const vars: Record<string, string> = {
    '--field-left': mm(preset.addressField.left),
    '--field-top': mm(preset.addressField.top),
    '--field-width': mm(preset.addressField.width),
    '--field-height': mm(preset.addressField.height),
    '--return-zone': mm(preset.returnZone),
    '--sender-left': mm(preset.sender.left),
    '--sender-top': mm(preset.sender.top),
    '--sender-width': mm(preset.sender.width),
    '--body-top': mm(preset.bodyTop),
    '--fold-1': mm(preset.foldMarks[0] ?? 0),
    '--fold-2': mm(preset.foldMarks[1] ?? 0),
    '--offset-x': mm(doc.layout.offsetMm.x),
    '--offset-y': mm(doc.layout.offsetMm.y),
  };
  // CSSOM writes are allowed by the CSP; style attributes in HTML would not be.
  for (const [name, value] of Object.entries(vars)) element.style.setProperty(name, value);
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

function mountOne(container: HTMLElement, doc: LetterDocument, options: MountOptions): number {
  const owner = container.ownerDocument;
  const letter = owner.createElement('div');
  letter.className = 'letter-sheets';
  letter.lang = doc.lang;
  letter.dataset.layout = doc.layout.preset;
  setLayoutVariables(letter, doc);
  container.append(letter);

  const first = newSheet(owner, true);
  first.sheet.insertAdjacentHTML('afterbegin', furnitureHtml(doc));
  letter.append(first.sheet);
  const blocksHtml = flowBlocksHtml(doc).join('');
  first.body.innerHTML = blocksHtml;
  const sheets = [first.sheet];

  // Most letters fit on one page: one layout pass decides that.
  if (overflows(first.body)) {
    const template = owner.createElement('template');
    template.innerHTML = blocksHtml;
    first.body.replaceChildren();
    let current = first;
    const startSheet = () => {
      current = newSheet(owner, false);
      letter.append(current.sheet);
      sheets.push(current.sheet);
    };
    for (const node of Array.from(template.content.children) as HTMLElement[]) {
      let pending: HTMLElement | null = node;
      while (pending) {
        current.body.append(pending);
        if (!overflows(current.body)) break;
        const rest = splitToFit(pending, current.body);
        if (rest) {
          startSheet();
          pending = rest;
          continue;
        }
        if (current.body.children.length === 1) break; // alone on a sheet: nowhere better to go
        const moving: HTMLElement[] = [pending];
        // A salutation or closing never ends a sheet on its own: it moves with what follows.
        let previous = pending.previousElementSibling;
        while (previous && keepsWithNext(previous) && current.body.children.length > moving.length + 1) {
          moving.unshift(previous as HTMLElement);
          previous = previous.previousElementSibling;
        }
        startSheet();
        current.body.append(...moving);
        pending = overflows(current.body) ? (moving.pop() ?? null) : null;
        if (pending) pending.remove();
      }
    }
  }

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
