import type { Browser } from 'playwright-core';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintJob, PrintPageGlobal } from '../../shared/letter/print-page';
import type { PdfEngine, PdfOptions } from './pdf-engine';
import { launchChromium } from './chromium-launch';
import { printInSlices } from './pdf-chunks';
import { HEADLESS_ORIGIN, serveRenderer } from './serve-renderer';
import { RESOURCES_DIR } from '../paths';

/** The command line's and the tests' PDF engine: headless Debian Chromium, one browser reused. */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null = null;

  /** resourcesDir defaults to this checkout's; code bundled elsewhere (the benchmark) names it. */
  constructor(
    private readonly rendererDir: string,
    private readonly resourcesDir = RESOURCES_DIR,
  ) {}

  lettersToPdf(letters: LetterDocument[], options: PdfOptions = {}): Promise<Uint8Array> {
    return this.jobToPdf({ kind: 'letters', letters, options });
  }

  async jobToPdf(job: PrintJob): Promise<Uint8Array> {
    this.browser ??= launchChromium();
    const browser = await this.browser;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await serveRenderer(page, this.rendererDir, [], this.resourcesDir);
      await page.goto(`${HEADLESS_ORIGIN}/print.html`);
      await page.waitForFunction(() => 'appealPrint' in globalThis);
      return await printInSlices(job, async (slice) => {
        await page.evaluate((printJob) => (globalThis as unknown as PrintPageGlobal).appealPrint.renderJob(printJob), slice);
        // Each page's size and margins come from CSS: A4 for letters and labels, the envelope's
        // own for envelopes, margin 0 (the sheet places everything itself).
        return page.pdf({ preferCSSPageSize: true, printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close();
  }
}
