import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BLOCK_TYPES } from '../../shared/letter/typography';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

const tools = requireTool('chromium', 'chromium');

/** An A4 sheet's width at its true size: 210 mm at 96 CSS px to the inch. */
const A4_WIDTH_PX = (210 / 25.4) * 96;
/** From one baseline of the letter's text to the next, at true size, in CSS px. */
const TRUE_LEADING_PX = (BLOCK_TYPES.paragraph.leadingPt * 96) / 72;

interface Measured {
  /** The first line of the letter's first paragraph, as drawn on screen (glyph box height). */
  lineHeight: number;
  /** From the first line's top to the second's: the leading as drawn (not rounded like glyphs). */
  linePitch: number;
  sheetWidth: number;
  /** The preview's column: the width inside its padding, and whether it scrolls sideways. */
  columnWidth: number;
  scrollsSideways: boolean;
}

/** What a member sees of the letter: a text line's box and the sheet's width, in CSS px on screen. */
async function measure(page: Page): Promise<Measured> {
  // A string, not a function: this Node project has no DOM types.
  return page.evaluate<Measured>(`(() => {
    const lineTops = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...new Set([...range.getClientRects()].map((r) => r.top))].sort((a, b) => a - b);
    };
    // The letter's first paragraph of two lines or more.
    const paragraph = [...document.querySelectorAll('.preview-pages .sheet .block-paragraph')].find((p) => lineTops(p).length > 1);
    const firstLetter = document.createRange();
    firstLetter.setStart(paragraph.firstChild, 0);
    firstLetter.setEnd(paragraph.firstChild, 1);
    const [first, second] = lineTops(paragraph);
    const column = document.querySelector('.preview-viewport');
    const style = getComputedStyle(column);
    return {
      lineHeight: firstLetter.getClientRects()[0].height,
      linePitch: second - first,
      sheetWidth: document.querySelector('.preview-pages .sheet').getBoundingClientRect().width,
      columnWidth: column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      scrollsSideways: column.scrollWidth > column.clientWidth,
    };
  })()`);
}

describe.runIf(tools)('the letter preview at 1280 × 720', () => {
  let app: AppHarness | undefined;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('opens fitted to its column, readable, and Magnify shows it at 150 % of its true size', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Got it, let’s start' }).click();
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('main').getByRole('button', { name: 'Write this letter' }).click();
    const pane = page.getByRole('complementary', { name: 'Letter preview' });
    await pane.locator('.sheet .block-paragraph').first().waitFor();
    await page.evaluate('document.fonts.ready');

    const zoom = pane.getByRole('group', { name: 'Zoom:' });
    await expect.poll(async () => zoom.getByRole('button', { name: 'Fit width' }).getAttribute('aria-pressed')).toBe('true');
    // Fitted: the sheet fills the column, with no sideways scrolling in the pane.
    const viewport = pane.getByRole('document');
    const fit = await measure(page);
    expect(fit.sheetWidth).toBeGreaterThan(fit.columnWidth - 4);
    expect(fit.sheetWidth).toBeLessThanOrEqual(fit.columnWidth);
    expect(fit.scrollsSideways).toBe(false);
    expect(fit.lineHeight, 'the letter’s text on opening, in CSS px').toBeGreaterThanOrEqual(10);

    await zoom.getByRole('button', { name: 'Magnify' }).click();
    await expect.poll(async () => (await measure(page)).sheetWidth).toBeCloseTo(1.5 * A4_WIDTH_PX, 0);
    const magnified = await measure(page);
    // The text grows with the sheet: its lines are 150 % of the true leading apart.
    expect(magnified.linePitch).toBeCloseTo(1.5 * TRUE_LEADING_PX, 0);
    expect(fit.linePitch).toBeCloseTo((fit.sheetWidth / A4_WIDTH_PX) * TRUE_LEADING_PX, 0);
    // The page is wider than the column now: the pane scrolls to show the rest.
    expect(magnified.scrollsSideways).toBe(true);

    // Ctrl 0 with the focus in the preview: back to the column's width, the app's text size unchanged.
    await viewport.focus();
    await page.keyboard.press('Control+0');
    await expect.poll(async () => (await measure(page)).sheetWidth).toBeCloseTo(fit.sheetWidth, 0);
    await page.keyboard.press('Control+Equal');
    await expect.poll(async () => (await measure(page)).sheetWidth).toBeCloseTo(1.5 * A4_WIDTH_PX, 0);
    expect(await page.evaluate('document.documentElement.style.getPropertyValue("--zoom")')).toBe('1');
    console.log(`preview at 1280×720: fitted ${(fit.sheetWidth / A4_WIDTH_PX).toFixed(2)}× (text line ${fit.lineHeight.toFixed(1)} px); magnified line ${magnified.lineHeight.toFixed(1)} px`);
  });
});
