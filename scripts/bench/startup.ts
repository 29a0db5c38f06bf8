import type { Page } from 'playwright-core';
import { openApp } from '../../tests/e2e/harness';
import { AFTER_PAINT_JS } from './after-paint';
import { median } from './stats';

/**
 * Start-up: from navigation start (the renderer begins to load) to the first frame painted with
 * the campaign list in it — the app's JavaScript loads, i18n starts, the list comes from the main
 * process's services, React renders it. Each run reloads the page; the first is reported apart
 * (no compiled code cached yet, like the first start after an update).
 */

// Runs in the page before any of its own scripts: notes when a campaign card first shows.
const WATCH_LIST_JS = `
  ${AFTER_PAINT_JS}
  const benchObserver = new MutationObserver(() => {
    // .card-list: renderer/src/campaigns/campaign-list.tsx
    if (!document.querySelector('.card-list li')) return;
    benchObserver.disconnect();
    benchAfterNextPaint((time) => { window.__benchListPainted = time; });
  });
  benchObserver.observe(document, { childList: true, subtree: true });
`;

async function loadOnce(page: Page): Promise<number> {
  await page.reload();
  // A function, not a string: the page's CSP forbids eval, and a string predicate is eval'd.
  const painted = await page.waitForFunction(() => (globalThis as { __benchListPainted?: number }).__benchListPainted, undefined, {
    timeout: 30_000,
  });
  return (await painted.jsonValue()) as number;
}

export async function measureStartup(runs = 7): Promise<{ firstMs: number; medianMs: number; samples: number[] }> {
  const app = await openApp();
  try {
    await app.page.context().addInitScript({ content: WATCH_LIST_JS });
    const firstMs = await loadOnce(app.page);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await loadOnce(app.page));
    return { firstMs, medianMs: median(samples), samples };
  } finally {
    await app.close();
  }
}
