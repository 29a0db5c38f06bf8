import type { LetterDocument } from '../../shared/letter/model';

export interface PdfOptions {
  padToEven?: boolean;
}

/**
 * Turns composed letters into a PDF through Chromium's print engine. In the app a hidden,
 * sandboxed window does it (main/electron/electron-pdf-engine.ts); on the command line and in
 * tests, headless Debian Chromium does (chromium-pdf-engine.ts). Both load the same built print
 * page (out/renderer/print.html), which lays letters out with the preview's own code.
 */
export interface PdfEngine {
  lettersToPdf(letters: LetterDocument[], options?: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
