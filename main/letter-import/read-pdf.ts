import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { LetterFileError, MAX_LETTER_TEXT, MAX_PDF_PAGES, PDF_TIMEOUT_MS } from './letter-file-result';
import { layOutPdfText, type PdfTextPiece } from './pdf-lines';
import { loadPdfJs } from './pdfjs-loader';

/**
 * A PDF letter's text layer. The PDF may come from anyone: pdf.js gets no network, evaluates no
 * code from the file, loads no fonts, and has a time limit; the document is destroyed whatever
 * happens. Reading stops after MAX_PDF_PAGES pages or MAX_LETTER_TEXT characters.
 */

/** Fewer visible characters than this per page: a scan (a page number or a stamp, no letter). */
const MIN_CHARS_PER_PAGE = 20;

export async function readPdf(bytes: Uint8Array, timeoutMs = PDF_TIMEOUT_MS): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take over (detach) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    // Errors only: pdf.js would otherwise warn on the console about every odd font.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new LetterFileError('unreadable')), timeoutMs);
  });
  try {
    return await Promise.race([pagesText(task.promise), timeout]);
  } catch (error) {
    if (error instanceof LetterFileError) throw error;
    if ((error as Error | undefined)?.name === 'PasswordException') throw new LetterFileError('passwordProtected');
    throw new LetterFileError('unreadable');
  } finally {
    clearTimeout(timer);
    // Ends the document and its worker: also a read still running after the time limit.
    await task.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

async function pagesText(opening: Promise<PdfDocument>): Promise<string> {
  const pdf = await opening;
  if (pdf.numPages < 1) throw new LetterFileError('unreadable');
  const pages: PdfTextPiece[][] = [];
  let characters = 0;
  let visible = 0;
  for (let number = 1; number <= Math.min(pdf.numPages, MAX_PDF_PAGES) && characters < MAX_LETTER_TEXT; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    page.cleanup();
    const pieces = content.items.filter((item): item is TextItem => 'str' in item).map(piece);
    for (const { str } of pieces) {
      characters += str.length;
      visible += str.replace(/\s/g, '').length;
    }
    pages.push(pieces);
  }
  if (visible < MIN_CHARS_PER_PAGE * pages.length) throw new LetterFileError('imageOnly');
  return layOutPdfText(pages);
}

function piece(item: TextItem): PdfTextPiece {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  // The font size is the text matrix's vertical scale; for horizontal text that is |d|.
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  return { str: item.str, x, y, width: item.width, size, hasEOL: item.hasEOL };
}
