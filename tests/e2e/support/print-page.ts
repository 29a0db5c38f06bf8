import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LetterDocument } from '../../../shared/letter/model';
import type { PrintPageGlobal } from '../../../shared/letter/print-page';
import { HEADLESS_ORIGIN, serveRenderer } from '../../../main/export/serve-renderer';
import { BUILT_RENDERER_DIR } from '../../../main/paths';

/** What the print page laid out: each sheet's flowing text, in order, and how long it took. */
export interface LaidOut {
  sheets: string[];
  /** Each sheet's whole text: its body, the first sheet's sender and address, the page label. */
  pages: string[];
  seconds: number;
}

/** The built print page (out/renderer/print.html) in a fresh page of the given browser. */
export async function openPrintPage(browser: Browser): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await serveRenderer(page, BUILT_RENDERER_DIR);
  await page.goto(`${HEADLESS_ORIGIN}/print.html`);
  await page.waitForFunction(() => 'appealPrint' in globalThis);
  return { page, context };
}

/** Lays letters out through the print page's own code and reads each sheet's body text back. */
export async function layOut(page: Page, letters: LetterDocument[]): Promise<LaidOut> {
  return page.evaluate(async (docs) => {
    const started = performance.now();
    await (globalThis as unknown as PrintPageGlobal).appealPrint.render(docs);
    const seconds = (performance.now() - started) / 1000;
    // Runs in the page: its document, typed here without the DOM library of Node's tsconfig.
    const page = globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> } };
    const sheets = Array.from(page.document.querySelectorAll('.sheet-body'), (body) => body.textContent ?? '');
    const pages = Array.from(page.document.querySelectorAll('.sheet'), (sheet) => sheet.textContent ?? '');
    return { sheets, pages, seconds };
  }, letters);
}
