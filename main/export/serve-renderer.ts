import type { Page } from 'playwright-core';
import { createAppProtocolHandler } from '../renderer-files/app-protocol-handler';
import { RESOURCES_DIR } from '../paths';

/** A made-up origin that Playwright answers from disk: no request ever reaches a network. */
export const HEADLESS_ORIGIN = 'http://appeal-letters.localhost';

/**
 * Serves the built renderer to a headless Chromium page through the app:// protocol's own
 * handler — same path checks, same CSP and headers as the desktop app — and aborts every other
 * request, recording it in `refused`.
 */
export async function serveRenderer(page: Page, rendererDir: string, refused: string[] = [], resourcesDir = RESOURCES_DIR): Promise<void> {
  const handle = createAppProtocolHandler({ rendererDir, resourcesDir });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== HEADLESS_ORIGIN) {
      refused.push(route.request().url());
      await route.abort('blockedbyclient');
      return;
    }
    const response = await handle(new Request(`app://renderer${url.pathname}`, { method: route.request().method() }));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}
