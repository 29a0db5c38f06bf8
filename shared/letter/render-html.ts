import type { LetterBlock, LetterDocument, TextRun } from './model';
import { LAYOUT_PRESETS } from './layouts';
import { fitReturnLine } from './return-line';

/**
 * The letter as HTML, the one rendering shared by the on-screen preview, print and PDF.
 * Every piece of text — campaign text and what the member typed — passes through escapeHtml:
 * nothing here is ever interpreted as markup. Positions come from classes and data attributes
 * only (no style attributes), so the strict CSP holds in every window. How each block looks is
 * typography.ts's, through letter.css.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function textWithBreaks(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function runsHtml(runs: TextRun[]): string {
  return runs
    .map((run) => {
      let html = textWithBreaks(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function linesHtml(lines: string[]): string {
  return lines.map((line) => `<span class="line">${escapeHtml(line)}</span>`).join('');
}

/** One block of the flowing text; page-1 furniture (sender, address) is rendered separately. */
export function blockHtml(block: LetterBlock): string {
  const cls = `block block-${block.kind}`;
  switch (block.kind) {
    case 'sender':
    case 'recipient':
      return '';
    case 'paragraph':
      return `<p class="${cls}">${runsHtml(block.runs)}</p>`;
    case 'list':
      return `<ul class="${cls}">${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</ul>`;
    case 'signature-space':
      return `<div class="${cls}" aria-hidden="true"></div>`;
    case 'copy-line':
      return `<div class="${cls}"><span class="line copy-label">${escapeHtml(block.label)}</span>${linesHtml(block.entries)}</div>`;
    default:
      return `<p class="${cls}">${escapeHtml(block.text)}</p>`;
  }
}

/** Sender block, window address field and fold marks: absolutely placed on the first sheet. */
export function furnitureHtml(doc: LetterDocument): string {
  const preset = LAYOUT_PRESETS[doc.layout.preset];
  const parts: string[] = [];
  if (doc.layout.foldMarks) {
    preset.foldMarks.forEach((_, i) => parts.push(`<span class="fold-mark fold-mark-${i + 1}" aria-hidden="true"></span>`));
  }
  for (const block of doc.blocks) {
    if (block.kind === 'sender') {
      parts.push(`<address class="letter-sender">${linesHtml(block.lines)}</address>`);
    } else if (block.kind === 'recipient') {
      // The line as return-line.ts fitted it; mount-letters.ts sets the size it chose.
      const fitted = block.returnAddress ? fitReturnLine(block.returnAddress, preset.addressField.width, block.returnCountry) : null;
      const returnLine = fitted
        ? `<p class="letter-return-address" data-size-pt="${fitted.sizePt}">${escapeHtml(fitted.text)}</p>`
        : '';
      parts.push(
        `<div class="letter-address-field">${returnLine}<address class="letter-recipient">${linesHtml(block.lines)}</address></div>`,
      );
    }
  }
  return parts.join('');
}

export function flowBlocksHtml(doc: LetterDocument): string[] {
  return doc.blocks.map(blockHtml).filter((html) => html.length > 0);
}

/** "Page 2 of 3" in the letter's language; the DOCX writes the same label with Word's fields (docx/page-label.ts). */
export function pageLabelText(template: string, page: number, total: number): string {
  return template.replace('{n}', String(page)).replace('{total}', String(total));
}
