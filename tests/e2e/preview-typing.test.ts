import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

const tools = requireTool('chromium', 'chromium');

/** Each sheet of the preview as a member reads it, and whether its text runs past the bottom. */
interface Sheets {
  texts: string[];
  cutOff: boolean;
}

async function sheets(page: Page): Promise<Sheets> {
  // A string, not a function: this Node project has no DOM types.
  return page.evaluate<Sheets>(`(() => {
    const sheets = [...document.querySelectorAll('.preview-pages .sheet')];
    return {
      texts: sheets.map((sheet) => sheet.innerText.replace(/\\s+/g, ' ').trim()),
      cutOff: sheets.some((sheet) => {
        const body = sheet.querySelector('.sheet-body');
        return body && body.scrollHeight > body.clientHeight + 1;
      }),
    };
  })()`);
}

/** A personal sentence of n words: it moves the end of the letter down the last sheet. */
const sentence = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/**
 * The longest sentence that keeps the letter on `pages` sheets: the signature then ends within a
 * line of the last sheet's bottom, where a name that wraps moves it onto a new sheet.
 */
async function fillLastSheet(page: Page, pages: number): Promise<number> {
  const personal = page.getByRole('textbox', { name: 'Personal sentence (optional)' });
  let fits = 0;
  let over = 400;
  while (over - fits > 1) {
    const words = Math.floor((fits + over) / 2);
    await personal.fill(sentence(words));
    await expect.poll(async () => (await sheets(page)).texts.join(' ')).toContain(`word${words - 1}`);
    if ((await sheets(page)).texts.length > pages) over = words;
    else fits = words;
  }
  await personal.fill(sentence(fits));
  return fits;
}

/** The same letter laid out from nothing: a change to the body and back lays it out in full. */
async function freshLayout(page: Page): Promise<Sheets> {
  const personal = page.getByRole('textbox', { name: 'Personal sentence (optional)' });
  await personal.press('End');
  await personal.press('x');
  await expect.poll(async () => (await sheets(page)).texts.join(' ')).toMatch(/word\d+x/);
  await personal.press('Backspace');
  await expect.poll(async () => (await sheets(page)).texts.join(' ')).not.toMatch(/word\d+x/);
  return sheets(page);
}

describe.runIf(tools)('the preview while a member types their name', () => {
  let app: AppHarness | undefined;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('shows the pages a fresh layout gives, when the name grows to wrap and shrinks again', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('button', { name: 'Write this letter' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: 'Dear Mr. President,' }).check();
    await page.getByRole('button', { name: /Next/ }).click();
    await page.locator('.preview-pages .sheet').first().waitFor();
    await page.evaluate('document.fonts.ready');

    const firstName = page.getByRole('textbox', { name: 'First name' });
    await firstName.fill('Ann');
    const pages = (await sheets(page)).texts.length;
    await fillLastSheet(page, pages);
    expect((await sheets(page)).texts).toHaveLength(pages);

    // Almost a line's worth, then key by key, as a member types: each key swaps the name into
    // the sheets already shown, until the last word no longer fits on the printed name's line.
    const name = 'Ann Marie-Christine Bernadette Dominique Élisabeth Geneviève Marie-Christine';
    const lastWord = ' Bernadette';
    await firstName.fill(name);
    await expect.poll(async () => (await sheets(page)).texts.join(' ')).toContain(name);
    await firstName.press('End');
    await firstName.pressSequentially(lastWord);
    await expect.poll(async () => (await sheets(page)).texts.join(' ')).toContain(name + lastWord);
    const wrapped = await sheets(page);
    expect(wrapped.cutOff, 'no text runs past the bottom of a sheet').toBe(false);
    expect(wrapped.texts, 'the wrapped name moves the end of the letter onto a new sheet').toHaveLength(pages + 1);
    expect(wrapped).toEqual(await freshLayout(page));

    await firstName.press('End');
    for (let i = 0; i < lastWord.length; i++) await firstName.press('Backspace');
    await expect.poll(async () => (await sheets(page)).texts.join(' ')).not.toContain(name + ' B');
    const unwrapped = await sheets(page);
    expect(unwrapped.texts).toHaveLength(pages);
    expect(unwrapped).toEqual(await freshLayout(page));
  });
});
