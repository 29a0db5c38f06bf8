import type { PrintJob } from '../../shared/letter/print-page';
import type { LetterDocument } from '../../shared/letter/model';

/**
 * The seams between the app's services and the platform they run on. In the desktop app
 * main/electron/electron-adapters.ts implements them with Electron; tests, the command line and the
 * end-to-end harness pass their own. Types only — no Electron or Node imports — so both sides
 * import the same shapes and the compiler keeps them in step.
 */

/** The PDF engine's port lives with the export code; re-exported so adapters find every port here. */
export type { JobControl, PdfEngine, PdfOptions } from '../export/pdf-engine';
import type { JobControl } from '../export/pdf-engine';

/** Letters as PDF or Word; campaigns as campaign files (`.appeal`). */
export type SaveFormat = 'pdf' | 'docx' | 'appeal';

/** Native file dialogs, parented to the main window. `null` means the member cancelled. */
export interface Dialogs {
  /** Asks for a campaign file (.appeal or .json) to import; resolves to its absolute path. */
  showOpenCampaign(): Promise<string | null>;
  /**
   * Asks where to save a letter. `defaultName` is a bare file name (a folder in it is ignored),
   * proposed in the member's Documents folder. The resolved path always ends with `.${format}`.
   */
  showSave(defaultName: string, format: SaveFormat): Promise<string | null>;
  /** Asks for the month's letter (.docx, .pdf or .txt) to make a campaign from; its absolute path. */
  showOpenLetter(): Promise<string | null>;
  /** Asks for a member list (.csv, .txt or .xlsx) to read; resolves to its absolute path. */
  showOpenMemberList(): Promise<string | null>;
  /** Asks where to save a group as CSV; like showSave, the path always ends with `.csv`. */
  showSaveMemberList(defaultName: string): Promise<string | null>;
  /** Asks for a folder to put one file per member in; resolves to its absolute path. */
  showChooseFolder(): Promise<string | null>;
}

/** What the system print dialog ended with. Cancelling is an outcome, not an error. */
export type PrintOutcome = 'printed' | 'cancelled' | { failed: string };

/**
 * Shows the system print dialog for composed letters, laid out by the same print page as the PDF
 * (out/renderer/print.html), at 100 % on A4 with no printer margins added.
 */
export interface Printer {
  /** `control.signal` (Stop) ends the job's window and resolves 'cancelled'. */
  printLetters(letters: LetterDocument[], options?: { padToEven?: boolean }, control?: JobControl): Promise<PrintOutcome>;
  /** Any print-page job: letters, envelopes (at their own paper size) or a sheet of labels. */
  printJob(job: PrintJob, control?: JobControl): Promise<PrintOutcome>;
}
