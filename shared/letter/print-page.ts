import type { EnvelopeDocument, LabelSheetDocument } from '../envelope/model';
import { LABEL_FORMATS } from '../envelope/labels';
import { ENVELOPE_SIZES } from '../envelope/sizes';
import { PAGE, type LayoutSettings } from './layouts';
import type { LetterDocument } from './model';

export interface LetterPrintOptions {
  /** Add a blank sheet to letters with an odd page count (duplex printing of a batch). */
  padToEven?: boolean;
}

/** The test page's words, in the member's UI language (main words them). */
export interface TestPageTexts {
  title: string;
  instruction: string;
  /** Inside the frame: where the address will sit. */
  frame: string;
}

/**
 * One thing the print page lays out: letters on A4, envelopes at their own size (each its own
 * named CSS page), or sheets of address labels on A4. Main and headless Chromium hand one job to
 * the page; the print engine then takes the page sizes from CSS.
 */
export type PrintJob =
  | { kind: 'letters'; letters: LetterDocument[]; options?: LetterPrintOptions }
  | { kind: 'envelopes'; envelopes: EnvelopeDocument[] }
  | { kind: 'labels'; sheet: LabelSheetDocument }
  /** One A4 sheet showing where the envelope window is, for the member's envelope and printer. */
  | { kind: 'test-page'; layout: LayoutSettings; texts: TestPageTexts };

/** What the print page (renderer/print.html) offers to whoever drives it: main or headless Chromium. */
export interface PrintPageApi {
  /** Lays the letters out on sheets once their fonts are loaded; resolves with the sheet count. */
  render(letters: LetterDocument[], options?: LetterPrintOptions): Promise<number>;
  /** Lays out any job (letters, envelopes, labels); resolves with the page count once fonts are loaded. */
  renderJob(job: PrintJob): Promise<number>;
}

export type PrintPageGlobal = { appealPrint: PrintPageApi };

/** What the print page measures of its own work, summed over jobs, for the benchmark: the font waits. */
export interface PrintPageTimings {
  fontsMs: number;
}

export type PrintPageTimingsGlobal = { appealPrintTimings?: PrintPageTimings };

/**
 * The paper a job prints on, in millimetres, for a printer that must be told (the system print
 * dialog); the PDF takes its sizes from the page's CSS. A job's envelopes share one size.
 */
export function jobPageSize(job: PrintJob): { width: number; height: number } {
  switch (job.kind) {
    case 'letters':
    case 'test-page':
      return { ...PAGE };
    case 'labels':
      return { ...LABEL_FORMATS[job.sheet.format].sheet };
    case 'envelopes': {
      const size = ENVELOPE_SIZES[job.envelopes[0]?.size ?? 'dl'];
      return { width: size.width, height: size.height };
    }
  }
}
