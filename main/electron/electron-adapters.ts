import { app, BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import { basename, join } from 'node:path';
import type { LetterDocument } from '../../shared/letter/model';
import { jobPageSize, type PrintJob } from '../../shared/letter/print-page';
import { printInSlices } from '../export/pdf-chunks';
import { PrintStoppedError, PrintTimeoutError, withinLimit, type JobControl } from '../export/pdf-time-limit';
import type { Dialogs, PdfEngine, PdfOptions, PrintOutcome, Printer, SaveFormat } from '../services/ports';
import { PRINT_PAGE_URL } from '../renderer-files/app-urls';
import { plain, type MenuLabels } from './menu-labels';
import { hardenedWebPreferences } from './window';

/**
 * Electron's side of the service ports (main/services/ports.ts): native dialogs, PDF and printing.
 * PDF and print use one hidden window per job (the Joplin InteropServiceHelper pattern) showing the
 * print page, app://renderer/print.html — the preview's own layout code — destroyed in `finally`
 * whatever happens.
 */

/**
 * The hidden print window: the main window's hardening minus the preload (the print page needs no
 * API), with JavaScript on — a deliberate choice. The print page is our bundled script: it measures
 * the letters to break pages and waits for `document.fonts.ready` (a letter laid out in a fallback
 * font breaks in the wrong places), and main hands it the letters with executeJavaScript; neither
 * works with JavaScript off. What stays closed: the page is served with the strict CSP header
 * (script-src 'self' — only our bundle, no inline or injected script), it renders every text
 * escaped, it is sandboxed and isolated with no Node, and security.ts refuses it any navigation,
 * window or permission. It has no preload, so it cannot reach IPC at all.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi; PDF and print follow the CSS @page size, not the window.
    width: 794,
    height: 1123,
    webPreferences: { ...hardenedWebPreferences(), javascript: true, devTools: false },
  };
}

/**
 * The script that hands a job to the print page. JSON is a JavaScript literal, so the data
 * arrives as data: nothing in a letter's or an address's text can become code.
 */
export function renderJobScript(job: PrintJob): string {
  return (
    `(window.appealPrint ? window.appealPrint.renderJob(${JSON.stringify(job)})` +
    ` : Promise.reject(new Error('the print page did not load')))`
  );
}

export function renderScript(letters: LetterDocument[], options: PdfOptions = {}): string {
  return renderJobScript({ kind: 'letters', letters, options });
}

/** Electron's print callback as a PrintOutcome. A cancelled dialog is not a failure. */
export function printOutcome(success: boolean, failureReason: string): PrintOutcome {
  if (success) return 'printed';
  if (/cancel/i.test(failureReason)) return 'cancelled';
  return { failed: failureReason || 'unknown printing error' };
}

/** Appends the format's extension when the dialog returned a name without it (Linux's does). */
export function withExtension(filePath: string, format: SaveFormat): string {
  return filePath.toLowerCase().endsWith(`.${format}`) ? filePath : `${filePath}.${format}`;
}

/**
 * What the system print dialog is told: the job's own paper (A4, or the envelope) in microns, no
 * printer margins (the page's own margins place the address) and 100 % — never "fit to page",
 * which would move the address out of the window or off the envelope's address field.
 */
export function printSettings(job: PrintJob): Electron.WebContentsPrintOptions {
  const { width, height } = jobPageSize(job);
  return {
    silent: false,
    printBackground: true,
    margins: { marginType: 'none' },
    pageSize: job.kind === 'envelopes' ? { width: width * 1000, height: height * 1000 } : 'A4',
    scaleFactor: 100,
  };
}

/**
 * Loads the print page in a fresh hidden window and lays the job out within the time limit, then
 * runs `work`; always destroys the window. Stop destroys it at once, whatever it is doing.
 * `limitWork`: whether the time limit also covers `work` — yes for a PDF, no for the system print
 * dialog, where the member takes their time.
 */
async function withPrintPage<T>(job: PrintJob, control: JobControl, limitWork: boolean, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow(printWindowOptions());
  const end = () => {
    if (!window.isDestroyed()) window.destroy();
  };
  const layOut = async () => {
    // Resolves on did-finish-load (the page's module script has run), rejects on did-fail-load.
    await window.loadURL(PRINT_PAGE_URL);
    // renderJob() resolves once the pages are laid out and every font has loaded: no fixed wait.
    await window.webContents.executeJavaScript(renderJobScript(job));
  };
  try {
    if (limitWork) {
      return await withinLimit(async () => {
        await layOut();
        return work(window);
      }, end, control);
    }
    await withinLimit(layOut, end, control);
    // Stop still ends the dialog's window; no time limit while the member chooses a printer.
    return await withinLimit(() => work(window), end, { ...control, limitMs: Infinity });
  } finally {
    end();
  }
}

function jobToPdf(job: PrintJob, control: JobControl = {}): Promise<Uint8Array> {
  return printInSlices(job, (slice) =>
    withPrintPage(slice, control, true, async (window) => {
      // Each page's size and margins come from the page's CSS (A4, or the envelope's own named
      // page; margin 0, the sheet places everything itself). Without `margins` Electron adds 1 cm.
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    }),
  );
}

export const electronPdfEngine: PdfEngine = {
  lettersToPdf: (letters, options = {}, control = {}) => jobToPdf({ kind: 'letters', letters, options }, control),
  jobToPdf,
  // Nothing outlives a job: each window is destroyed when its PDF is done.
  async close() {},
};

/** A print stopped with Stop is cancelled, not failed; a page past its time limit has failed. */
async function printJob(job: PrintJob, control: JobControl = {}): Promise<PrintOutcome> {
  try {
    return await withPrintPage(
      job,
      control,
      false,
      (window) =>
        new Promise<PrintOutcome>((resolve) => {
          window.webContents.print(printSettings(job), (success, failureReason) => resolve(printOutcome(success, failureReason)));
        }),
    );
  } catch (error) {
    if (error instanceof PrintStoppedError) return 'cancelled';
    if (error instanceof PrintTimeoutError) return { failed: error.message };
    throw error;
  }
}

export const electronPrinter: Printer = {
  printLetters: (letters, options = {}, control = {}) => printJob({ kind: 'letters', letters, options }, control),
  printJob,
};

/** The file-type name the save dialog shows for a format. */
function saveFilterName(labels: MenuLabels, format: SaveFormat): string {
  if (format === 'appeal') return labels.campaignFiles;
  return format === 'pdf' ? labels.pdfFiles : labels.wordFiles;
}

export interface DialogSetup {
  getMainWindow(): BrowserWindow | null;
  /** The current UI language's labels (filter names). */
  getLabels(): MenuLabels;
}

export function createElectronDialogs({ getMainWindow, getLabels }: DialogSetup): Dialogs {
  return {
    async showOpenCampaign() {
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: plain(getLabels().campaignFiles), extensions: ['appeal', 'json'] }],
      };
      const window = getMainWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async showSave(defaultName, format) {
      const labels = getLabels();
      const options = {
        // Only the name is honoured: the services cannot steer the dialog into another folder.
        defaultPath: join(app.getPath('documents'), basename(defaultName)),
        filters: [{ name: plain(saveFilterName(labels, format)), extensions: [format] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = getMainWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, format);
    },

    // Letters and member lists: the filter names are the formats' own names, the same in every language.
    async showOpenLetter() {
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: 'Word, PDF, Text', extensions: ['docx', 'pdf', 'txt'] }],
      };
      const window = getMainWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async showOpenMemberList() {
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: 'CSV, Excel', extensions: ['csv', 'txt', 'xlsx'] }],
      };
      const window = getMainWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async showSaveMemberList(defaultName) {
      const options = {
        defaultPath: join(app.getPath('documents'), basename(defaultName)),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = getMainWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith('.csv') ? result.filePath : `${result.filePath}.csv`;
    },

    async showChooseFolder() {
      const options = {
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const window = getMainWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
