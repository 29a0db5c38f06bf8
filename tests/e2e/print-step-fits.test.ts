import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LAYOUT_PRESETS } from '../../shared/letter/layouts';
import { pdfPagesText, pdfWords } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

const tools = requireTool('chromium', 'chromium') && requireTool('pdftotext', 'poppler-utils', ['-v']);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The header's own control, pressed until it shows the size. */
async function setTextSize(page: Page, percent: number): Promise<void> {
  const shown = page.getByRole('group', { name: 'Text size' }).locator('output');
  while (normalise(await shown.innerText()) !== `${percent}%`) {
    await page.getByRole('button', { name: 'Larger', exact: true }).click();
  }
}

/** Step 4 with nothing typed in step 3: the missing-details notice is shown too (the longest case). */
async function toStepFour(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
  await page.getByRole('button', { name: 'Write this letter' }).click();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('button', { name: /Next/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Check and print' }).waitFor();
}

async function openPrinterSetup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Envelope and printer set-up…' }).click();
  await page.getByRole('heading', { level: 1, name: 'Envelope and printer' }).waitFor();
}

describe.runIf(tools)('step 4 is about printing', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it.each([100, 150])('at 1280×720 with the text at %i percent, Print, Save as PDF and Save as Word are in view without scrolling', async (percent) => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await setTextSize(page, percent);
    await toStepFour(page);
    // Where they are too: the screen's heading is not scrolled away.
    const heading = await page.getByRole('heading', { level: 1, name: 'Check and print' }).boundingBox();
    expect(heading?.y).toBeGreaterThanOrEqual(0);
    for (const name of ['Print…', 'Save as PDF…', 'Save as Word document…']) {
      const box = await page.getByRole('main').getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      if (!box) continue;
      expect.soft(box.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
      expect.soft(box.y, `${name} top edge`).toBeGreaterThanOrEqual(0);
      expect.soft(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(1280);
      expect.soft(box.y + box.height, `${name} bottom edge`).toBeLessThanOrEqual(720);
    }
  });
});

describe.runIf(tools)('the envelope and printer page', () => {
  let app: AppHarness;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'appeal-printer-setup-'));
  afterEach(async () => app?.close());
  afterAll(async () => {
    await closeBrowser();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('remembers the envelope and the fine-tuning when the app starts again, and step 4 leads to it', async () => {
    app = await openApp({ userDataDir });
    await openPrinterSetup(app.page);
    await app.page.getByRole('radio', { name: /^Window on the left, lower down/ }).check();
    await app.page.getByRole('button', { name: '1 mm down' }).click();
    await app.page.getByRole('button', { name: '1 mm down' }).click();
    await app.page.getByRole('checkbox', { name: 'Print fold marks' }).uncheck();
    await app.close();

    app = await openApp({ userDataDir });
    const { page } = app;
    await toStepFour(page);
    await page.getByRole('button', { name: 'Envelope and printer set-up…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Envelope and printer' }).waitFor();
    expect(await page.getByRole('radio', { name: /^Window on the left, lower down/ }).isChecked()).toBe(true);
    expect(await page.getByRole('spinbutton', { name: 'Move down/up (mm)' }).inputValue()).toBe('2');
    expect(await page.getByRole('checkbox', { name: 'Print fold marks' }).isChecked()).toBe(false);
    // Back where the member was: step 4 of the same letter.
    await page.getByRole('main').getByRole('button', { name: 'Back' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Check and print' }).waitFor();
  });

  it('prints the test page and saves it as PDF, the frame where the window is and the instruction on it', async () => {
    app = await openApp();
    const { page } = app;
    await openPrinterSetup(page);
    await page.getByRole('radio', { name: /^Window on the left, near the top/ }).check();
    await page.getByRole('button', { name: '1 mm right' }).click();

    await page.getByRole('button', { name: 'Print test page…' }).click();
    await page.getByText('The test page was sent to the printer.').waitFor();
    expect(app.printedJobs.map((job) => job.kind)).toEqual(['test-page']);
    const [job] = app.printedJobs;
    expect(job?.kind === 'test-page' && job.layout).toEqual({ preset: 'din-a', offsetMm: { x: 1, y: 0 }, foldMarks: true });

    app.answerSaveDialogs('test-page.pdf');
    await page.getByRole('button', { name: 'Save test page as PDF…' }).click();
    await page.getByText('Saved: test-page.pdf').waitFor({ timeout: 30_000 });
    const file = path.join(app.outputDir, 'test-page.pdf');
    const pages = pdfPagesText(file);
    expect(pages).toHaveLength(1);
    expect(normalise(pages[0] ?? '')).toContain('Fold this sheet, put it in your envelope, and check that the frame shows in the window.');
    // The frame's words sit inside the window field of form A, moved 1 mm right.
    const field = LAYOUT_PRESETS['din-a'].addressField;
    const inFrame = pdfWords(file).filter((word) => ['Here', 'the', 'address', 'will', 'sit'].includes(word.text) && word.top < 100);
    expect(inFrame.length).toBeGreaterThanOrEqual(5);
    for (const word of inFrame) {
      expect(word.left).toBeGreaterThan(field.left + 1);
      expect(word.right).toBeLessThan(field.left + 1 + field.width);
      expect(word.top).toBeGreaterThan(field.top);
      expect(word.bottom).toBeLessThan(field.top + field.height);
    }
  });
});
