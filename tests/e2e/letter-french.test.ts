import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { requireTool } from '../support/tools';

const tools = requireTool('chromium', 'chromium') && requireTool('pdftotext', 'poppler-utils', ['-v']);
// pdftotext joins a word hyphenated at a line end ("Haut-" + "Karabakh" → "HautKarabakh"): hyphens
// are left out of the comparison on both sides.
const words = (text: string) => text.replace(/\u00a0/g, ' ').replace(/-/g, '').split(/\s+/).filter(Boolean);

describe.runIf(tools)('writing the letter in French', () => {
  const opened: AppHarness[] = [];
  afterEach(async () => {
    while (opened.length) await opened.pop()?.close();
  });
  afterAll(closeBrowser);

  it('pairs the salutation with its closing, and the PDF holds exactly the words of the preview, in order', async () => {
    const app = await openApp();
    opened.push(app);
    const { page } = app;
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('button', { name: 'Write this letter' }).click();

    await page.getByRole('radio', { name: 'Français' }).check();
    const salutation = page.getByRole('radio', { name: 'Monsieur le Président,' });
    await salutation.check();
    // The French closing repeats the salutation between commas.
    await expect.poll(() => salutation.getAttribute('aria-describedby')).toBeTruthy();
    const closing = await page.locator(`#${await salutation.getAttribute('aria-describedby')}`).innerText();
    expect(closing).toMatch(/Veuillez agréer, Monsieur le Président, /);
    await page.getByRole('button', { name: /Next/ }).click();

    await page.getByRole('radio', { name: /sympathisant/ }).check();
    await page.getByRole('textbox', { name: 'First name' }).fill('Zoë');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Müller-Lüdenscheidt');
    await page.getByRole('textbox', { name: 'Street and number' }).fill('Chemin des Roses 4');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('1003');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await page.getByRole('button', { name: /Next/ }).click();

    const preview = page.getByRole('document', { name: 'The letter as it will be printed' });
    await expect.poll(() => preview.innerText()).toContain('Chemin des Roses 4');
    const previewText = await preview.innerText();
    expect(previewText).toMatch(/En tant que sympathisant/);
    expect(previewText).toMatch(/Lausanne, le \d{1,2}(er)? \p{L}+ \d{4}/u);

    app.answerSaveDialogs('lettre.pdf');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect.poll(() => page.getByText('Saved: lettre.pdf').isVisible(), { timeout: 30_000 }).toBe(true);
    const pdfText = execFileSync('pdftotext', [path.join(app.outputDir, 'lettre.pdf'), '-'], { encoding: 'utf8' });

    // Same document model, same rendering: the same words in the same order. The embassy copy is
    // on by default, so the file goes on with the copy's own letter after the member's.
    const letterWords = words(previewText);
    expect(words(pdfText).slice(0, letterWords.length)).toEqual(letterWords);
    expect(words(pdfText).length).toBeGreaterThan(letterWords.length);
    expect(pdfText).toContain('Kramburgstrasse 10');
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the member’s details when the app is opened again with the same profile folder', async () => {
    const first = await openApp();
    opened.push(first);
    await first.page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await first.page.getByRole('button', { name: 'Write this letter' }).click();
    await first.page.getByRole('button', { name: /Next/ }).click();
    await first.page.getByRole('textbox', { name: 'First name' }).fill('Zoë');
    await first.page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await expect.poll(() => first.page.getByRole('status').filter({ hasText: 'Saved' }).isVisible()).toBe(true);
    const userDataDir = first.userDataDir;
    await first.page.close();

    const again = await openApp({ userDataDir });
    opened.push(again);
    await again.page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await again.page.getByRole('button', { name: 'Write this letter' }).click();
    await again.page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => again.page.getByRole('textbox', { name: 'First name' }).inputValue()).toBe('Zoë');
    expect(await again.page.getByRole('textbox', { name: 'Town' }).inputValue()).toBe('Lausanne');
  });
});
