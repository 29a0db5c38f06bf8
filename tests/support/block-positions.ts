import { LAYOUT_PRESETS, MARGINS, PAGE } from '../../shared/letter/layouts';
import type { LetterBlock, LetterDocument } from '../../shared/letter/model';
import { blockText } from '../../shared/letter/model';
import { fitReturnLine } from '../../shared/letter/return-line';
import type { PdfWord } from './pdf-words';

/**
 * Where each block of each letter landed in a PDF, read back from pdftotext's word boxes: the
 * same reading for the Chromium PDF and for LibreOffice's PDF of the DOCX, so that the two can be
 * compared block by block. Letters follow one another in the file, each from a new page.
 */

export interface BlockPlace {
  kind: LetterBlock['kind'] | 'return-line' | 'page-label';
  /** The block's text, shortened: names the block in a failure message. */
  text: string;
  /** Page within the letter (1 = its first page). */
  page: number;
  /** Millimetres from the sheet's top-left corner: the block's first line. */
  left: number;
  top: number;
  /** The block's last line: its page within the letter and its lower edge. */
  lastPage: number;
  bottom: number;
  /** Right edge of the widest line. */
  right: number;
  /** The words found, as pdftotext boxed them. */
  words: PdfWord[];
}

export interface LetterPlaces {
  /** Page of the file on which the letter starts (1-based). */
  firstPage: number;
  pages: number;
  blocks: BlockPlace[];
  /** Text in each page's bottom margin ('' on the first page). */
  labels: string[];
  /** Where each page's bottom-margin text is; null on a page without. */
  labelPlaces: (BlockPlace | null)[];
}

/** Glyph-level differences that are not the letter's: ligatures, NBSP, list bullets. */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00a0\u202f•]+/g, '');

const inBottomMargin = (w: PdfWord) => w.top > PAGE.height - MARGINS.bottom;

/** Words in reading order: page, then line (baselines within 1 mm), then left to right. */
function readingOrder(words: PdfWord[]): PdfWord[] {
  const sorted = [...words].sort((a, b) => a.page - b.page || a.bottom - b.bottom);
  const lines: PdfWord[][] = [];
  for (const word of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && first.page === word.page && Math.abs(first.bottom - word.bottom) < 1) line.push(word);
    else lines.push([word]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.left - b.left));
}

/** The words' text joined without spaces, with the word each character came from. */
class CharStream {
  readonly text: string;
  private readonly owner: PdfWord[] = [];

  constructor(words: PdfWord[]) {
    let text = '';
    for (const word of words) {
      const part = squash(word.text);
      text += part;
      for (let i = 0; i < part.length; i++) this.owner.push(word);
    }
    this.text = text;
  }

  /** The words covering `needle`, searched from `from`; null when it is not there. */
  find(needle: string, from: number): { words: PdfWord[]; end: number } | null {
    const at = this.text.indexOf(needle, from);
    if (at < 0 || needle === '') return null;
    const words = [...new Set(this.owner.slice(at, at + needle.length))];
    return { words, end: at + needle.length };
  }
}

function place(kind: BlockPlace['kind'], text: string, words: PdfWord[], firstPage: number): BlockPlace {
  const first = words[0] as PdfWord;
  const last = words[words.length - 1] as PdfWord;
  const firstLine = words.filter((w) => w.page === first.page && Math.abs(w.bottom - first.bottom) < 1);
  const lastLine = words.filter((w) => w.page === last.page && Math.abs(w.bottom - last.bottom) < 1);
  return {
    kind,
    text: text.slice(0, 40),
    page: first.page - firstPage + 1,
    left: Math.min(...firstLine.map((w) => w.left)),
    top: Math.min(...firstLine.map((w) => w.top)),
    lastPage: last.page - firstPage + 1,
    bottom: Math.max(...lastLine.map((w) => w.bottom)),
    right: Math.max(...words.map((w) => w.right)),
    words,
  };
}

/** The lines of a box on the letter's first page (sender block, return line, recipient). */
function furniture(doc: LetterDocument, pageWords: PdfWord[], firstPage: number): BlockPlace[] {
  const preset = LAYOUT_PRESETS[doc.layout.preset];
  const { x, y } = doc.layout.offsetMm;
  const within = (box: { left: number; width: number }) => (w: PdfWord) =>
    w.left >= box.left + x - 2 && w.right <= box.left + x + box.width + 2 && w.top < preset.bodyTop + y - 1;
  const found: BlockPlace[] = [];
  const locate = (kind: BlockPlace['kind'], text: string, words: PdfWord[]) => {
    const hit = new CharStream(readingOrder(words)).find(squash(text), 0);
    if (!hit) throw new Error(`${kind} "${text}" is not on the letter's first page`);
    found.push(place(kind, text, hit.words, firstPage));
  };
  for (const block of doc.blocks) {
    if (block.kind === 'sender') locate('sender', block.lines.join(' '), pageWords.filter(within(preset.sender)));
    if (block.kind === 'recipient') {
      const field = pageWords.filter(within(preset.addressField));
      const fitted = block.returnAddress === '' ? null : fitReturnLine(block.returnAddress, preset.addressField.width, block.returnCountry);
      if (fitted) {
        // The line as return-line.ts fitted it, all of it, in the return zone above the recipient.
        const zoneBottom = preset.addressField.top + preset.returnZone + y;
        locate('return-line', fitted.text, field.filter((w) => w.bottom <= zoneBottom + 1));
      }
      locate('recipient', block.lines.join(' '), field);
    }
  }
  return found;
}

/**
 * Every letter's blocks in a PDF holding `docs` in order. Flow blocks are found in reading order
 * below bodyTop on page 1 and above the bottom margin after; a letter ends with its last block.
 */
export function letterPlaces(docs: LetterDocument[], words: PdfWord[]): LetterPlaces[] {
  const result: LetterPlaces[] = [];
  const lastPage = Math.max(0, ...words.map((w) => w.page));
  let firstPage = 1;
  for (const doc of docs) {
    const bodyTop = LAYOUT_PRESETS[doc.layout.preset].bodyTop + doc.layout.offsetMm.y;
    const onFirst = words.filter((w) => w.page === firstPage);
    const blocks = furniture(doc, onFirst, firstPage);
    const flowWords = words.filter(
      (w) => w.page >= firstPage && !inBottomMargin(w) && (w.page > firstPage || w.top >= bodyTop - 1),
    );
    const stream = new CharStream(readingOrder(flowWords));
    let from = 0;
    let endPage = firstPage;
    for (const block of doc.blocks) {
      if (block.kind === 'sender' || block.kind === 'recipient' || block.kind === 'signature-space') continue;
      const text = blockText(block).join(' ');
      const hit = stream.find(squash(text), from);
      if (!hit) throw new Error(`${block.kind} "${text.slice(0, 60)}" not found after the previous block`);
      from = hit.end;
      const placed = place(block.kind, text, hit.words, firstPage);
      blocks.push(placed);
      endPage = Math.max(endPage, firstPage + placed.lastPage - 1);
    }
    const pages = endPage - firstPage + 1;
    const labelWords = Array.from({ length: pages }, (_, i) =>
      words.filter((w) => w.page === firstPage + i && inBottomMargin(w)).sort((a, b) => a.left - b.left),
    );
    const labels = labelWords.map((line) => line.map((w) => w.text).join(' '));
    const labelPlaces = labelWords.map((line, i) => (line.length === 0 ? null : place('page-label', labels[i] ?? '', line, firstPage)));
    result.push({ firstPage, pages, blocks, labels, labelPlaces });
    firstPage = endPage + 1;
    if (firstPage > lastPage + 1) break;
  }
  return result;
}
