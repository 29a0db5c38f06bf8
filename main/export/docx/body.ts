/**
 * The blocks that flow from bodyTop onwards, each as one or more paragraphs in its named style.
 */
import type { LetterBlock, TextRun } from '../../../shared/letter/model';
import { BLOCK_GAP_TWIPS, COPY_GAP_TWIPS, STYLE } from './styles';
import { mmToTwips } from './units';
import type { ParagraphSpec } from './wordml';
import { run } from './wordml';

/** Room for the member's handwritten signature between the closing and the printed name. */
const SIGNATURE_SPACE_MM = 16;

export type FlowBlock = Exclude<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

function runs(textRuns: TextRun[], lang: string): string {
  return textRuns.map((r) => run(r.text, lang, r)).join('');
}

function plain(style: string, text: string, lang: string): ParagraphSpec {
  return { props: { style }, content: run(text, lang) };
}

/** A block of several paragraphs: kept on one page, with the block's gap after its last line. */
function asBlock(paragraphs: ParagraphSpec[], gapAfter: number): ParagraphSpec[] {
  return paragraphs.map((p, i) =>
    i < paragraphs.length - 1 ? { ...p, props: { ...p.props, keepNext: true } } : { ...p, props: { ...p.props, after: gapAfter } },
  );
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
    case 'list': {
      // A list may run on to the next page, so only its last item carries the block's gap.
      const items: ParagraphSpec[] = block.items.map((item) => ({ props: { style: STYLE.listItem, numId: bulletNumId }, content: runs(item, lang) }));
      const last = items[items.length - 1];
      if (last) last.props = { ...last.props, after: BLOCK_GAP_TWIPS };
      return items;
    }
    case 'closing':
      return [plain(STYLE.closing, block.text, lang)];
    case 'signature-space':
      // An empty paragraph of that height, held to the printed name that follows.
      return [{ props: { keepNext: true, exactLine: mmToTwips(SIGNATURE_SPACE_MM) }, content: '' }];
    case 'printed-name':
      return [plain(STYLE.printedName, block.text, lang)];
    case 'copy-line':
      return asBlock(
        [block.label, ...block.entries].map((text) => plain(STYLE.copyLine, text, lang)),
        COPY_GAP_TWIPS,
      );
    case 'footer':
      return [plain(STYLE.footer, block.text, lang)];
  }
}
