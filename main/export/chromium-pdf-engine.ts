import type { Browser, Page } from 'playwright-core';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintPageGlobal } from '../../shared/letter/print-page';
import type { PdfEngine, PdfOptions } from './pdf-engine';
import { launchChromium } from './chromium-launch';
import { readStaticFile } from './static-files';

/** A made-up origin that Playwright answers from disk: no request ever reaches a network. */
export const RENDERER_ORIGIN = 'http://appeal-letters.localhost';

/** Serves the built renderer to a page and aborts everything else (recording what was refused). */
export async function serveRenderer(
  page: Page,
  rendererDir: string,
  refused: string[] = [],
  headers: Record<string, string> = {},
): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== RENDERER_ORIGIN) {
      refused.push(route.request().url());
      await route.abort('blockedbyclient');
      return;
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({ status: 200, body: file.body, contentType: file.contentType, headers });
  });
}

/** The command line's and the tests' PDF engine: headless Debian Chromium, one browser reused. */
export class ChromiumPdfEngine implements PdfEngine {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly rendererDir: string) {}

  async lettersToPdf(letters: LetterDocument[], options: PdfOptions = {}): Promise<Uint8Array> {
    this.browser ??= launchChromium();
    const browser = await this.browser;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await serveRenderer(page, this.rendererDir);
      await page.goto(`${RENDERER_ORIGIN}/print.html`);
      await page.waitForFunction(() => 'appealPrint' in globalThis);
      await page.evaluate(
        ([docs, opts]) => (globalThis as unknown as PrintPageGlobal).appealPrint.render(docs, opts),
        [letters, options] as const,
      );
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
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
