import type { LetterDocument } from './model';

/** What the print page (renderer/print.html) offers to whoever drives it: main or headless Chromium. */
export interface PrintPageApi {
  /** Lays the letters out on sheets once their fonts are loaded; resolves with the sheet count. */
  render(letters: LetterDocument[], options?: { padToEven?: boolean }): Promise<number>;
}

export type PrintPageGlobal = { appealPrint: PrintPageApi };
