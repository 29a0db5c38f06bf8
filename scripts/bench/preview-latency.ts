import type { Page } from 'playwright-core';
import { openApp } from '../../tests/e2e/harness';
import { AFTER_PAINT_JS } from './after-paint';
import { percentile } from './stats';

/**
 * Preview while typing: a member types their name on step 3 and the page beside the form
 * follows. For each keystroke: from keydown to the end of the first frame painted after the
 * preview was updated (the preview sets the performance mark 'preview-updated' right after its
 * sheets changed, swapped in place or laid out anew; see renderer/src/preview/letter-preview.tsx).
 */

// Installed once: every keydown starts a measurement that the bench then awaits. An expression
// (page.evaluate takes one), hence the function wrapped around it.
const PROBE_JS = `(() => {
  ${AFTER_PAINT_JS}
  document.addEventListener('keydown', () => {
    const start = performance.now();
    window.__benchKeystroke = new Promise((resolve) => {
      const check = (frameAt) => {
        const mark = performance.getEntriesByName('preview-updated', 'mark').at(-1);
        if (!mark || mark.startTime < start) {
          requestAnimationFrame(() => check(performance.now()));
          return;
        }
        benchAfterThisFrame((paintedAt) => resolve({
          paintedMs: paintedAt - start,
          updatedMs: mark.startTime - start,
          // The frame's own style, layout and paint, without the wait for the display's next frame.
          workMs: (mark.startTime - start) + (paintedAt - frameAt),
        }));
      };
      requestAnimationFrame(() => check(performance.now()));
    });
  }, true);
})()`;

interface KeystrokeSample {
  paintedMs: number;
  updatedMs: number;
  workMs: number;
}

export interface PreviewLatency {
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  /** Same, counting only the work (update + that frame's rendering), not the wait for the frame. */
  workP50Ms: number;
  workP95Ms: number;
}

/** A name typed and corrected: 20 characters, then 20 backspaces, five times over (200 keys). */
function keystrokes(): string[] {
  const name = 'Marguerite Dubois-Ro'.split('');
  const keys: string[] = [];
  for (let round = 0; round < 5; round++) keys.push(...name, ...name.map(() => 'Backspace'));
  return keys;
}

async function openDetailsStep(page: Page): Promise<void> {
  // The same way a member gets there (see tests/e2e/vertical-slice.test.ts).
  await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
  await page.getByRole('button', { name: 'Write this letter' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radio', { name: 'Dear Mr. President,' }).check();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('document', { name: 'The letter as it will be printed' }).waitFor();
}

/** `textZoom`: the app's text size (2 = the header's 200 %), set as the settings set it, on <html>. */
export async function measurePreviewLatency(textZoom = 1): Promise<PreviewLatency> {
  const app = await openApp();
  try {
    const { page } = app;
    page.setDefaultTimeout(30_000); // a changed screen fails the bench instead of hanging it
    await openDetailsStep(page);
    await page.evaluate(`document.documentElement.style.setProperty('--zoom', '${textZoom}')`);
    const field = page.getByRole('textbox', { name: 'First name' });
    await field.click();
    await page.evaluate(PROBE_JS);
    const samples: KeystrokeSample[] = [];
    for (const key of keystrokes()) {
      await page.keyboard.press(key);
      samples.push((await page.evaluate('window.__benchKeystroke')) as KeystrokeSample);
    }
    if (app.pageErrors.length > 0) throw new Error(`page errors while typing: ${app.pageErrors.join('; ')}`);
    const painted = samples.map((s) => s.paintedMs);
    const work = samples.map((s) => s.workMs);
    return {
      keystrokes: samples.length,
      p50Ms: percentile(painted, 50),
      p95Ms: percentile(painted, 95),
      workP50Ms: percentile(work, 50),
      workP95Ms: percentile(work, 95),
    };
  } finally {
    await app.close();
  }
}
