import mammoth from 'mammoth';
import { checkDocxZip } from './docx-zip-check';
import { LetterFileError } from './letter-file-result';

/**
 * A DOCX letter's text, read from mammoth's document model rather than its HTML or raw text:
 * the model says which paragraphs are list items and whether the list is numbered, which raw text
 * loses, and no HTML has to be taken apart again. Headers, footers, footnotes and images are
 * not read (mammoth skips the first three; images are never opened here).
 */

/** The parts of mammoth's document model read here (documents.js; it has no published types). */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  breakType?: string;
  numbering?: { isOrdered: boolean; level: string } | null;
}

interface Paragraph {
  text: string;
  /** mammoth gives every paragraph of one list level the same object: it tells lists apart. */
  list: { ordered: boolean; level: number; id: object } | null;
}

export async function readDocx(bytes: Uint8Array): Promise<string> {
  checkDocxZip(bytes);
  const paragraphs: Paragraph[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        transformDocument: (document: DocElement) => {
          collectBlocks(document.children ?? [], paragraphs);
          // The model has been read: an empty document leaves mammoth no HTML (and no image) to make.
          return { ...document, children: [] };
        },
      },
    );
  } catch {
    throw new LetterFileError('unreadable');
  }
  return layOut(paragraphs);
}

function collectBlocks(elements: DocElement[], into: Paragraph[]): void {
  for (const element of elements) {
    if (element.type === 'paragraph') {
      // A text box's paragraphs sit inside the runs of the paragraph that anchors it: they follow it.
      const nested: Paragraph[] = [];
      const text = inlineText(element.children ?? [], nested);
      const { numbering } = element;
      const list = numbering ? { ordered: numbering.isOrdered, level: Number(numbering.level) || 0, id: numbering } : null;
      into.push({ text, list }, ...nested);
    } else if (element.children) {
      // Tables (rows, cells) and anything else that holds paragraphs: their paragraphs in order.
      collectBlocks(element.children, into);
    }
  }
}

function inlineText(elements: DocElement[], nested: Paragraph[]): string {
  let text = '';
  for (const element of elements) {
    if (element.type === 'text') text += element.value ?? '';
    else if (element.type === 'tab') text += ' ';
    // A line break inside a paragraph (Shift+Enter), as between an address's lines, stays a line.
    else if (element.type === 'break') text += '\n';
    else if (element.type === 'paragraph') collectBlocks([element], nested);
    else if (element.children) text += inlineText(element.children, nested);
  }
  return text;
}

/**
 * Paragraphs one per line with a blank line between them; a list's items on consecutive lines,
 * "• " or "1. ". Numbers count within one unbroken list, as a reader sees them: a paragraph
 * between two lists, or another list, starts again from 1.
 */
function layOut(paragraphs: Paragraph[]): string {
  const out: string[] = [];
  let counters = new Map<object, number>();
  let inList = false;
  for (const { text, list } of paragraphs) {
    if (!list) {
      counters = new Map();
      inList = false;
      out.push('', text);
      continue;
    }
    if (!text.trim()) continue;
    if (!inList) out.push('');
    inList = true;
    const number = (counters.get(list.id) ?? 0) + 1;
    counters.set(list.id, number);
    out.push(`${list.ordered ? `${number}.` : '•'} ${text.replace(/\n/g, ' ')}`);
  }
  return out.join('\n');
}
