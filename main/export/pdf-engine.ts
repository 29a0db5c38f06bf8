import type { LetterDocument } from '../../shared/letter/model';
import type { LetterPrintOptions, PrintJob } from '../../shared/letter/print-page';
import type { JobControl } from './pdf-time-limit';

export type PdfOptions = LetterPrintOptions;
export type { PrintJob } from '../../shared/letter/print-page';
export type { JobControl } from './pdf-time-limit';

/**
 * Turns composed letters — or envelopes, or a sheet of address labels — into a PDF through
 * Chromium's print engine. In the app a hidden, sandboxed window does it
 * (main/electron/electron-adapters.ts); on the command line and in tests, headless Debian
 * Chromium does (chromium-pdf-engine.ts). Both load the same built print page
 * (out/renderer/print.html), which lays everything out with the preview's own code and takes each
 * page's size from CSS (A4 for letters and labels, the envelope's own size for envelopes).
 * Every job has a time limit, and `control.signal` (Stop) closes its page at once: the promise
 * then rejects with PrintStoppedError (pdf-time-limit.ts).
 */
export interface PdfEngine {
  lettersToPdf(letters: LetterDocument[], options?: PdfOptions, control?: JobControl): Promise<Uint8Array>;
  jobToPdf(job: PrintJob, control?: JobControl): Promise<Uint8Array>;
  close(): Promise<void>;
}

