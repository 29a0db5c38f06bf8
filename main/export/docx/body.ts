/**
 * The blocks that flow from bodyTop onwards, each as one or more paragraphs in its named style.
 */
import type { LetterBlock, TextRun } from '../../../shared/letter/model';
import { STYLE } from './styles';
import { mmToTwips } from './units';
import type { ParagraphSpec } from './wordml';
import { run } from './wordml';

/** Room for the member's handwritten signature between the closing and the printed name. */
const SIGNATURE_SPACE_MM = 15;

export type FlowBlock = Exclude<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

function runs(textRuns: TextRun[], lang: string): string {
  return textRuns.map((r) => run(r.text, lang, r)).join('');
}

function plain(style: string, text: string, lang: string): ParagraphSpec {
  return { props: { style }, content: run(text, lang) };
}

/** `lang` is already attribute-escaped; `bulletNumId` is the w:num of the bulleted list. */
export function bodyParagraphs(block: FlowBlock, lang: string, bulletNumId: number): ParagraphSpec[] {
  switch (block.kind) {
    case 'place-date':
      return [plain(STYLE.placeDate, block.text, lang)];
    case 'subject':
      return [plain(STYLE.subject, block.text, lang)];
    case 'salutation':
      return [plain(STYLE.salutation, block.text, lang)];
    case 'paragraph':
      return [{ props: { style: STYLE.paragraph }, content: runs(block.runs, lang) }];
    case 'list':
      return block.items.map((item) => ({ props: { style: STYLE.listItem, numId: bulletNumId }, content: runs(item, lang) }));
    case 'closing':
      return [plain(STYLE.closing, block.text, lang)];
    case 'signature-space':
      // An empty paragraph of that height; keepNext holds it to the printed name.
      return [{ props: { keepNext: true, exactLine: mmToTwips(SIGNATURE_SPACE_MM) }, content: '' }];
    case 'printed-name':
      return [plain(STYLE.printedName, block.text, lang)];
    case 'copy-line':
      return [plain(STYLE.copyLabel, block.label, lang), ...block.entries.map((entry) => plain(STYLE.copyEntry, entry, lang))];
    case 'footer':
      return [plain(STYLE.footer, block.text, lang)];
  }
}
