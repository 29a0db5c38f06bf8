import type { LetterDocument } from '../../shared/letter/model';
import type { LetterPrintOptions, PrintJob } from '../../shared/letter/print-page';

export type PdfOptions = LetterPrintOptions;
export type { PrintJob } from '../../shared/letter/print-page';

/**
 * Turns composed letters — or envelopes, or a sheet of address labels — into a PDF through
 * Chromium's print engine. In the app a hidden, sandboxed window does it
 * (main/electron/electron-adapters.ts); on the command line and in tests, headless Debian
 * Chromium does (chromium-pdf-engine.ts). Both load the same built print page
 * (out/renderer/print.html), which lays everything out with the preview's own code and takes each
 * page's size from CSS (A4 for letters and labels, the envelope's own size for envelopes).
 */
export interface PdfEngine {
  lettersToPdf(letters: LetterDocument[], options?: PdfOptions): Promise<Uint8Array>;
  jobToPdf(job: PrintJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

