import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

const tools = requireTool('chromium', 'chromium');

interface Focused {
  name: string;
  tag: string;
  /** The focus ring's width in px, on the control or on the card it stands for. */
  ring: number;
}

/** What has focus now: its accessible name as near as the DOM says it, and its visible ring. */
async function focused(page: Page): Promise<Focused> {
  // A string, not a function: this Node project has no DOM types.
  return page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', tag: 'BODY', ring: 0 };
    const name = (
      el.getAttribute('aria-label') ??
      ((el.labels && el.labels[0] && el.labels[0].textContent) || el.closest('label')?.textContent || el.textContent || '')
    ).trim();
    const ringOf = (node) => {
      if (!node) return 0;
      const style = getComputedStyle(node);
      return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    };
    return { name, tag: el.tagName, ring: Math.max(ringOf(el), ringOf(el.closest('.card'))) };
  })()`);
}

/**
 * Presses Tab (or Shift+Tab) until the control with this name has focus, as a keyboard user
 * does, and checks that every control passed on the way shows a focus ring.
 */
async function tabTo(page: Page, name: string | RegExp, { back = false, limit = 120 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    seen.push(now.name);
    if (now.tag !== 'BODY') expect(now.ring, `focus ring on “${now.name}”`).toBeGreaterThanOrEqual(2);
    if (typeof name === 'string' ? now.name === name : name.test(now.name)) return;
  }
  throw new Error(`“${String(name)}” not reached by ${back ? 'Shift+Tab' : 'Tab'}; passed: ${seen.join(' · ')}`);
}

describe.runIf(tools)('a member who uses only the keyboard', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('writes the whole letter with Tab, Shift+Tab, Space, Enter and the arrow keys, and saves it as PDF', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Choose the letter' }).waitFor();

    await tabTo(page, 'Got it, let’s start');
    await page.keyboard.press('Enter');
    await tabTo(page, /^Azerbaijan/);
    await page.keyboard.press('Enter');
    await page.getByText('What this letter is about').waitFor();
    await tabTo(page, 'Write this letter');
    await page.keyboard.press('Enter');

    // Step 2: the salutation chosen with the arrow keys.
    await page.getByRole('heading', { level: 1, name: 'Language and salutation' }).waitFor();
    await tabTo(page, /^Dear Mr\. President,/);
    await page.keyboard.press('ArrowDown');
    const second = await focused(page);
    expect(second.name).not.toMatch(/^Dear Mr\. President,/);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: /^Dear Mr\. President,/ }).isChecked()).toBe(true);
    await tabTo(page, /Next/);
    await page.keyboard.press('Enter');

    // Step 3: the details typed; Shift+Tab back to correct one.
    await page.getByRole('heading', { level: 1, name: 'Your details' }).waitFor();
    await tabTo(page, 'First name');
    await page.keyboard.type('Zoë');
    await tabTo(page, 'Last name');
    await page.keyboard.type('Müller-Lüdenscheidt');
    await tabTo(page, 'Street and number');
    await page.keyboard.type('Rue du Lac 1');
    await tabTo(page, 'Postcode');
    await page.keyboard.type('1003');
    await tabTo(page, 'Town');
    await page.keyboard.type('Lausane');
    await tabTo(page, 'Street and number', { back: true });
    await tabTo(page, 'Town');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('ne');
    await tabTo(page, /Next/);
    await page.keyboard.press('Enter');

    // Step 4: the preview shows the letter; Space presses "Save as PDF…".
    await page.getByRole('heading', { level: 1, name: 'Check and print' }).waitFor();
    const preview = page.getByRole('document', { name: 'The letter as it will be printed' });
    await expect.poll(() => preview.innerText()).toContain('Lausanne');
    app.answerSaveDialogs('letter.pdf');
    await tabTo(page, 'Save as PDF…');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('Saved: letter.pdf').isVisible(), { timeout: 30_000 }).toBe(true);

    const pdf = path.join(app.outputDir, 'letter.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});
