import { LAYOUT_PRESETS, PAGE, type LayoutSettings } from '../../../shared/letter/layouts';
import type { TestPageTexts } from '../../../shared/letter/print-page';
import { FOLD_MARK } from '../../../shared/letter/typography';
import './test-page.css';

const mm = (value: number) => `${value}mm`;

/** Placed with CSSOM writes (the CSP forbids style attributes), in millimetres from the sheet's corner. */
function place(element: HTMLElement, box: Partial<Record<'left' | 'top' | 'width' | 'height', number>>): void {
  for (const [side, value] of Object.entries(box)) element.style.setProperty(side, mm(value));
}

function element(owner: Document, tag: string, className: string, text = ''): HTMLElement {
  const made = owner.createElement(tag);
  made.className = className;
  made.textContent = text; // words as text, never as HTML
  return made;
}

/**
 * The test page: a frame exactly where the window field of the member's envelope is (the
 * printer's fine-tuning included, as on a letter's first page), the fold marks, and what to do
 * with the sheet. Returns the sheet count (1).
 */
export function mountTestPage(root: HTMLElement, layout: LayoutSettings, texts: TestPageTexts): number {
  const owner = root.ownerDocument;
  const preset = LAYOUT_PRESETS[layout.preset];
  const { x, y } = layout.offsetMm;
  const sheet = element(owner, 'section', 'test-sheet');
  place(sheet, { width: PAGE.width, height: PAGE.height });

  const frame = element(owner, 'div', 'test-sheet__frame');
  const field = preset.addressField;
  place(frame, { left: field.left + x, top: field.top + y, width: field.width, height: field.height });
  frame.append(element(owner, 'p', 'test-sheet__frame-text', texts.frame));

  const words = element(owner, 'div', 'test-sheet__words');
  place(words, { left: 25, top: Math.max(preset.bodyTop, field.top + field.height) + 15, width: PAGE.width - 50 });
  words.append(element(owner, 'h1', 'test-sheet__title', texts.title), element(owner, 'p', 'test-sheet__instruction', texts.instruction));
  sheet.append(frame, words);

  if (layout.foldMarks) {
    for (const at of preset.foldMarks) {
      const mark = element(owner, 'span', 'test-sheet__fold');
      place(mark, { left: FOLD_MARK.leftMm + x, top: at + y, width: FOLD_MARK.lengthMm });
      sheet.append(mark);
    }
  }
  root.replaceChildren(sheet);
  return 1;
}
