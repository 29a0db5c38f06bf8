import type { Browser, BrowserContext } from 'playwright-core';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintJob, PrintPageGlobal, PrintPageTimingsGlobal } from '../../shared/letter/print-page';
import type { JobControl, PdfEngine, PdfOptions } from './pdf-engine';
import { launchChromium } from './chromium-launch';
import { printInSlices, type PrintTimings } from './pdf-chunks';
import { withinLimit } from './pdf-time-limit';
import { HEADLESS_ORIGIN, serveRenderer } from './serve-renderer';
import { RESOURCES_DIR } from '../paths';

/** The command line's and the tests' PDF engine: headless Debian Chromium, one browser reused. */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null = null;
  /** Where the time of every job so far went (the benchmark reads and resets it). */
  readonly timings: PrintTimings = { loadMs: 0, layoutMs: 0, fontsMs: 0, printMs: 0, joinMs: 0 };

  /**
   * resourcesDir defaults to this checkout's; code bundled elsewhere (the benchmark) names it.
   * rendererDir is the folder print.html is served from: the built renderer, or a test's page.
   * sharedBrowser: a browser someone else launched and will close (the test harness's one per
   * file, where each app used to start a Chromium of its own); by default the engine launches
   * its own on the first job and closes it in close().
   */
  constructor(
    private readonly rendererDir: string,
    private readonly resourcesDir = RESOURCES_DIR,
    private readonly sharedBrowser?: () => Promise<Browser>,
  ) {}

  lettersToPdf(letters: LetterDocument[], options: PdfOptions = {}, control: JobControl = {}): Promise<Uint8Array> {
    return this.jobToPdf({ kind: 'letters', letters, options }, control);
  }

  async jobToPdf(job: PrintJob, control: JobControl = {}): Promise<Uint8Array> {
    this.browser ??= this.sharedBrowser ? this.sharedBrowser() : launchChromium();
    const browser = await this.browser;
    const context = await browser.newContext();
    // Stop and the time limit close the context: its page stops there and then. Closed once,
    // awaited by everyone: a second close() returns before the first has finished.
    let closing: Promise<void> | null = null;
    const closeContext = () => (closing ??= context.close().catch(() => undefined));
    try {
      // The limit is per step (loading the page, each slice): a 5,000-letter job takes minutes.
      return await this.printOn(context, job, (work) => withinLimit(work, () => void closeContext(), control));
    } finally {
      await closeContext();
    }
  }

  private async printOn(context: BrowserContext, job: PrintJob, step: <T>(work: () => Promise<T>) => Promise<T>): Promise<Uint8Array> {
    const t = this.timings;
    let started = performance.now();
    const page = await step(async () => {
      const opened = await context.newPage();
      await serveRenderer(opened, this.rendererDir, [], this.resourcesDir);
      await opened.goto(`${HEADLESS_ORIGIN}/print.html`);
      await opened.waitForFunction(() => 'appealPrint' in globalThis);
      return opened;
    });
    t.loadMs += performance.now() - started;
    let pageFontsMs = 0;
    const printSlice = async (slice: PrintJob) => {
      started = performance.now();
      const fontsMs = await page.evaluate(async (printJob) => {
        await (globalThis as unknown as PrintPageGlobal).appealPrint.renderJob(printJob);
        return (globalThis as unknown as PrintPageTimingsGlobal).appealPrintTimings?.fontsMs ?? 0;
      }, slice);
      t.layoutMs += performance.now() - started;
      // The page sums its font waits; the engine keeps the latest sum of this job's page.
      t.fontsMs += fontsMs - pageFontsMs;
      pageFontsMs = fontsMs;
      started = performance.now();
      // Each page's size and margins come from CSS: A4 for letters and labels, the envelope's
      // own for envelopes, margin 0 (the sheet places everything itself).
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
      t.printMs += performance.now() - started;
      return pdf;
    };
    return printInSlices(job, (slice) => step(() => printSlice(slice)), t);
  }

  /** Pages open in this engine's browser: none once a job has ended, stopped or timed out. */
  async openPages(): Promise<number> {
    if (!this.browser) return 0;
    return (await this.browser).contexts().reduce((sum, context) => sum + context.pages().length, 0);
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser && !this.sharedBrowser) await (await browser).close();
  }
}
