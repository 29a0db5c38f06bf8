/**
 * The blocks that flow from bodyTop onwards, each as one or more paragraphs in its named style
 * (styles.ts, made from shared/letter/typography.ts).
 */
import type { LetterBlock, TextRun } from '../../../shared/letter/model';
import { STYLE, spaceAfterTwips, type StyledKind } from './styles';
import type { ParagraphSpec } from './wordml';
import { run } from './wordml';

export type FlowBlock = Exclude<LetterBlock, { kind: 'sender' } | { kind: 'recipient' }>;

function runs(textRuns: TextRun[], lang: string): string {
  return textRuns.map((r) => run(r.text, lang, r)).join('');
}

function plain(kind: StyledKind, text: string, lang: string): ParagraphSpec {
  return { props: { style: STYLE[kind] }, content: run(text, lang) };
}

/** A block of several paragraphs: kept on one page, with the block's space after its last line. */
function asBlock(paragraphs: ParagraphSpec[]): ParagraphSpec[] {
  return paragraphs.map((p, i) => (i < paragraphs.length - 1 ? { ...p, props: { ...p.props, keepNext: true, after: 0 } } : p));
}

/** `lang` is already attribute-escaped; `bulletNumId` is the w:num of the bulleted list. */
export function bodyParagraphs(block: FlowBlock, lang: string, bulletNumId: number): ParagraphSpec[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ props: { style: STYLE.paragraph }, content: runs(block.runs, lang) }];
    case 'list': {
      // A list may run on to the next page between items, so only its last item carries the list's space after.
      const items: ParagraphSpec[] = block.items.map((item) => ({ props: { style: STYLE['list-item'], numId: bulletNumId }, content: runs(item, lang) }));
      const last = items[items.length - 1];
      if (last) last.props = { ...last.props, after: spaceAfterTwips('list') };
      return items;
    }
    case 'signature-space':
      // An empty paragraph as tall as the space, held to the printed name that follows (its style).
      return [{ props: { style: STYLE['signature-space'] }, content: '' }];
    case 'copy-line':
      return asBlock([block.label, ...block.entries].map((text) => plain('copy-line', text, lang)));
    default:
      return [plain(block.kind, block.text, lang)];
  }
}
