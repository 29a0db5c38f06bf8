import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { docxText } from '../support/docx-text';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

/**
 * A letter-writing afternoon: the coordinator prints foyer sheets in two languages, for members
 * who write their name and address by hand. Real services, real Chromium print engine, and the
 * files read back by independent readers (poppler, python-docx).
 */
const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('/usr/bin/python3', 'python3-docx', ['-c', 'import docx']);

let app: AppHarness | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

/** The member's own details exist on this computer: none of them may reach a foyer sheet. */
const MEMBER = { firstName: 'Anna', lastName: 'Muster', street: 'Kirchweg 3', city: 'Lausanne' };

async function foyerPage(): Promise<AppHarness> {
  const opened = await openApp();
  const { page } = opened;
  await page.evaluate(async (member) => {
    const api = (globalThis as unknown as { appeal: { saveProfile(p: unknown): Promise<void> } }).appeal;
    await api.saveProfile({ title: '', addressLine2: '', postcode: '1003', country: '', datePlace: '', initialsOnly: false, ...member });
  }, MEMBER);
  await page.getByRole('button', { name: 'Group letters' }).click();
  await page.getByRole('button', { name: 'Foyer sheets…' }).click();
  await page.getByRole('heading', { name: 'Foyer sheets' }).waitFor();
  await page.getByLabel('Sheets in German').fill('2');
  await page.getByLabel('Sheets in French').fill('1');
  return opened;
}

function expectFoyerSheets(text: string): void {
  for (const line of ['Name', 'Adresse', 'Unterschrift', 'Nom', 'Signature']) expect(text).toMatch(new RegExp(`${line} _{10,}`));
  expect(text).toContain('Mitglied / Sympathisant');
  expect(text).toContain('membre / sympathisant');
  for (const value of Object.values(MEMBER)) expect(text).not.toContain(value);
}

describe.skipIf(!tools)('foyer sheets for a letter-writing afternoon', () => {
  it('saves two languages as one PDF: ruled lines, both words of each choice, no sender data, and the summary line', async () => {
    app = await foyerPage();
    const { page } = app;
    await expect.poll(() => page.locator('.mailing-summary__line').textContent()).toMatch(/^6 letters: 3 × CHF 2\.50, 3 × CHF 1\.20\. Postage CHF 11\.10\.$/);
    app.answerSaveDialogs('foyer.pdf');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await page.getByRole('status').filter({ hasText: 'foyer.pdf' }).waitFor();
    const pages = pdfPagesText(path.join(app.outputDir, 'foyer.pdf'));
    expectFoyerSheets(pages.join('\n'));
    // Two German sheets and one French, each with its embassy copy: six letters of one or more pages.
    expect(pages.filter((p) => /Unterschrift _{10,}/.test(p))).toHaveLength(4);
    expect(pages.filter((p) => /Signature _{10,}/.test(p))).toHaveLength(2);
    expect(app.pageErrors).toEqual([]);
  });

  it('lets the coordinator set the stamp price for the recipient’s country and for Switzerland, remembered', async () => {
    app = await foyerPage();
    const { page } = app;
    const line = page.locator('.mailing-summary__line');
    await expect.poll(() => line.textContent()).toContain('3 × CHF 2.50, 3 × CHF 1.20');
    await page.getByText('Stamp prices').click();
    await page.getByLabel("Azerbaijan: letter (CHF; empty: the campaign's price)").fill('3,10');
    await page.getByLabel('Letter in Switzerland (CHF)').fill('1.00');
    await expect.poll(() => line.textContent()).toBe('6 letters: 3 × CHF 3.10, 3 × CHF 1.00. Postage CHF 12.30.');
    expect(await page.evaluate(() => (globalThis as unknown as { appeal: { getPostagePrices(): Promise<unknown> } }).appeal.getPostagePrices())).toEqual({
      home: 1,
      abroad: 2.5,
      byRegion: { AZ: 3.1 },
    });
  });

  it('saves the same set as a Word document', async () => {
    app = await foyerPage();
    app.answerSaveDialogs('foyer.docx');
    await app.page.getByRole('button', { name: 'Save as Word…' }).click();
    await app.page.getByRole('status').filter({ hasText: 'foyer.docx' }).waitFor();
    expectFoyerSheets(docxText(path.join(app.outputDir, 'foyer.docx')));
  });
});
