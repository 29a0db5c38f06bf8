import type { LabelSheetDocument } from '../../../shared/envelope/model';
import { LABEL_FORMATS, labelsPerSheet, labelTextBox } from '../../../shared/envelope/labels';
import { addressElement, fitText, placeBox } from './fit-text';

/**
 * Lays address labels out on A4 sheets of the chosen label format (shared/envelope/labels.ts):
 * one label per letter, row by row, the text kept inside each label's padding.
 */

const LABEL_FIT = { startPt: 11, minPt: 7 };

export function mountLabels(container: HTMLElement, doc: LabelSheetDocument): number {
  const owner = container.ownerDocument;
  const format = LABEL_FORMATS[doc.format];
  container.replaceChildren();
  const sheets: HTMLElement[] = [];
  const sheetFor = (index: number): HTMLElement => {
    let sheet = sheets[index];
    if (!sheet) {
      sheet = owner.createElement('section');
      sheet.className = 'label-sheet';
      sheet.lang = doc.lang;
      sheet.style.width = `${format.sheet.width}mm`;
      sheet.style.height = `${format.sheet.height}mm`;
      container.append(sheet);
      sheets[index] = sheet;
    }
    return sheet;
  };

  doc.labels.forEach((lines, index) => {
    const { sheet, box } = labelTextBox(format, index);
    const label = owner.createElement('div');
    label.className = 'address-label';
    placeBox(label, box);
    const text = addressElement(owner, 'address-label__text', lines);
    label.append(text);
    sheetFor(sheet).append(label);
    fitText(label, text, LABEL_FIT);
  });
  // An empty list still prints one blank sheet rather than nothing at all.
  if (sheets.length === 0) sheetFor(0);
  return Math.max(1, Math.ceil(doc.labels.length / labelsPerSheet(format)));
}
