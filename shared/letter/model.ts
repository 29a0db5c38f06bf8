/**
 * The layout-free letter document: composed once (compose.ts) and rendered by every output —
 * the on-screen preview, print/PDF (render-html.ts) and DOCX (main/export/docx-writer.ts).
 * Blocks appear in reading order; renderers never reorder or invent text.
 */
import type { LayoutSettings } from './layouts';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type LetterBlock =
  | { kind: 'sender'; lines: string[] }
  /** `returnCountry`: the sender's country, on letters abroad only; return-line.ts keeps it on the line. */
  | { kind: 'recipient'; lines: string[]; returnAddress: string; returnCountry?: string }
  | { kind: 'place-date'; text: string }
  | { kind: 'subject'; text: string }
  | { kind: 'salutation'; text: string }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'list'; items: TextRun[][] }
  | { kind: 'closing'; text: string }
  | { kind: 'signature-space' }
  | { kind: 'printed-name'; text: string }
  | { kind: 'copy-line'; label: string; entries: string[] }
  | { kind: 'footer'; text: string };

export type LetterBlockKind = LetterBlock['kind'];

export interface LetterDocument {
  /** BCP 47 code of the letter's language (sets hyphenation and quotes in the renderers). */
  lang: string;
  layout: LayoutSettings;
  blocks: LetterBlock[];
  /** Label printed on pages 2+, with {n} and {total} (from the language table). */
  pageLabel: string;
}

/** Plain text of a block, in the order a reader meets it; used by tests and assistive text. */
export function blockText(block: LetterBlock): string[] {
  switch (block.kind) {
    case 'sender':
      return block.lines;
    case 'recipient':
      return block.lines;
    case 'paragraph':
      return [block.runs.map((r) => r.text).join('')];
    case 'list':
      return block.items.map((item) => item.map((r) => r.text).join(''));
    case 'copy-line':
      return [block.label, ...block.entries];
    case 'signature-space':
      return [];
    default:
      return [block.text];
  }
}

export function documentText(doc: LetterDocument): string[] {
  return doc.blocks.flatMap(blockText);
}
