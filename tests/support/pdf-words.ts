import { execFileSync } from 'node:child_process';

export interface PdfWord {
  page: number;
  text: string;
  /** Millimetres from the page's top-left corner. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MM_PER_PT = 25.4 / 72;

/** Every word of a PDF with its box, read by poppler's pdftotext -bbox (a reader independent of us). */
export function pdfWords(pdfPath: string): PdfWord[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  const pattern = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of xhtml.matchAll(pattern)) {
    if (match[0].startsWith('<page')) {
      page += 1;
      continue;
    }
    words.push({
      page,
      text: decodeEntities(match[5] ?? ''),
      left: Number(match[1]) * MM_PER_PT,
      top: Number(match[2]) * MM_PER_PT,
      right: Number(match[3]) * MM_PER_PT,
      bottom: Number(match[4]) * MM_PER_PT,
    });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Plain text of a PDF, page by page (pdftotext's own reading order). */
export function pdfPagesText(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}
