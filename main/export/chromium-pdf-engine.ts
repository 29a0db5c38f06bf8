import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintJob, PrintPageGlobal, PrintPageTimingsGlobal } from '../../shared/letter/print-page';
import type { JobControl, PdfEngine, PdfOptions } from './pdf-engine';
import { launchChromium } from './chromium-launch';
import { printInSlices, sliceJob, type PrintTimings } from './pdf-chunks';
import { withinLimit } from './pdf-time-limit';
import { HEADLESS_ORIGIN, serveRenderer } from './serve-renderer';
import { RESOURCES_DIR } from '../paths';

/**
 * A print page prints this many slices, then a fresh one (a fresh renderer process) takes over:
 * Chromium's renderer keeps what each slice made it take (measured over 5,000 letters in slices
 * of 100: 240 → 500 MB on one page; at most ~320 MB with a page per 500 letters, ~260 MB per
 * 300). A page prints 300 letters (6 slices of 50); each distinct body is laid out once per page.
 * The next page loads while the last slice of the one before prints, so a change costs little.
 */
export const SLICES_PER_PAGE = 6;

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } };

/** The command line's and the tests' PDF engine: headless Debian Chromium, one browser reused. */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null = null;
  /** A context with the print page loading, made by prepare() for the next job. */
  private prepared: Promise<Opened> | null = null;
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

  /**
   * Starts Chromium and loads the print page now, while the caller still composes the letters
   * (another process, another core): the next job then starts laying out at once.
   */
  prepare(): void {
    this.prepared ??= this.newContext();
    this.prepared.catch(() => undefined);
  }

  lettersToPdf(letters: LetterDocument[], options: PdfOptions = {}, control: JobControl = {}): Promise<Uint8Array> {
    return this.jobToPdf({ kind: 'letters', letters, options }, control);
  }

  async jobToPdf(job: PrintJob, control: JobControl = {}): Promise<Uint8Array> {
    const started = performance.now();
    const opening = this.prepared ?? this.newContext();
    this.prepared = null;
    // Stop and the time limit close the context: its page stops there and then. Closed once,
    // awaited by everyone: a second close() returns before the first has finished.
    let closing: Promise<void> | null = null;
    const closeContext = () => (closing ??= opening.then(({ context }) => context.close()).catch(() => undefined));
    try {
      // The limit is per step (loading the page, each slice): a 5,000-letter job takes minutes.
      const step = <T>(work: () => Promise<T>) => withinLimit(work, () => void closeContext(), control);
      return await this.printOn(await step(() => opening), job, step, started);
    } finally {
      await closeContext();
    }
  }

  /** A fresh context (Stop closes it with all its pages) with the print page loading in it. */
  private async newContext(): Promise<Opened> {
    this.browser ??= this.sharedBrowser ? this.sharedBrowser() : launchChromium();
    const context = await (await this.browser).newContext();
    return { context, firstPage: this.loading(context) };
  }

  /** The print page, loading; a load that fails is heard by whoever awaits the page. */
  private loading(context: BrowserContext): Promise<Page> {
    const page = this.openPage(context);
    page.catch(() => undefined);
    return page;
  }

  private async openPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await serveRenderer(page, this.rendererDir, [], this.resourcesDir);
    await page.goto(`${HEADLESS_ORIGIN}/print.html`);
    await page.waitForFunction(() => 'appealPrint' in globalThis);
    return page;
  }

  private async printOn({ context, firstPage }: Opened, job: PrintJob, step: <T>(work: () => Promise<T>) => Promise<T>, jobStarted: number): Promise<Uint8Array> {
    const t = this.timings;
    const slices = sliceJob(job).length;
    let next = firstPage;
    let page: Page | null = null;
    let pageFontsMs = 0;
    let done = 0;
    const printSlice = async (slice: PrintJob) => {
      if (done % SLICES_PER_PAGE === 0) {
        // The first wait counts from the job's start: Chromium's launch, if prepare() did not.
        const waitStarted = page ? performance.now() : jobStarted;
        page = await next;
        t.loadMs += performance.now() - waitStarted;
        pageFontsMs = 0;
      }
      const current = page as Page;
      done++;
      if (done % SLICES_PER_PAGE === 0 && done < slices) next = this.loading(context);
      let started = performance.now();
      // As one JSON string: playwright's own argument encoding walks every value of the letters,
      // several times slower than JSON for a slice's 400 KB.
      const fontsMs = await current.evaluate(async (printJob) => {
        await (globalThis as unknown as PrintPageGlobal).appealPrint.renderJob(JSON.parse(printJob) as PrintJob);
        return (globalThis as unknown as PrintPageTimingsGlobal).appealPrintTimings?.fontsMs ?? 0;
      }, JSON.stringify(slice));
      t.layoutMs += performance.now() - started;
      // The page sums its font waits; the engine keeps the latest sum of this job's page.
      t.fontsMs += fontsMs - pageFontsMs;
      pageFontsMs = fontsMs;
      started = performance.now();
      // Each page's size and margins come from CSS: A4 for letters and labels, the envelope's
      // own for envelopes, margin 0 (the sheet places everything itself).
      const pdf = await current.pdf(PDF_OPTIONS);
      t.printMs += performance.now() - started;
      // A page done with gives its renderer's memory back at once: while the next page takes over,
      // or while the last slices are joined.
      if (slices > 1 && (done % SLICES_PER_PAGE === 0 || done === slices)) void current.close().catch(() => undefined);
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
    const prepared = this.prepared;
    this.prepared = null;
    await prepared?.then(({ context }) => context.close()).catch(() => undefined);
    const browser = this.browser;
    this.browser = null;
    if (browser && !this.sharedBrowser) await (await browser).close();
  }
}

/** A job's context, its first print page loading meanwhile. */
interface Opened {
  context: BrowserContext;
  firstPage: Promise<Page>;
}
