import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

/**
 * Envelopes for a whole group, from the batch screen to paper: the real services and Chromium's
 * print engine make the PDF, poppler reads it back page by page (one envelope a page).
 */

const tools = requireTool('chromium', 'chromium') && requireTool('pdftotext', 'poppler-utils', ['-v']);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const LIST = ['First name;Last name;Street;Postcode;City', 'Zoë;Müller;Rue du Lac 1;1003;Lausanne', 'Hélène;Béguin;Rue de l’Église 4;2000;Neuchâtel', 'Jürg;Weiss;Gässli 7;3000;Bern'].join('\r\n');
/** Each member's return address, in list order: two envelopes each (the letter and the embassy copy). */
const RETURN_ADDRESSES = ['Zoë Müller Rue du Lac 1 1003 Lausanne', 'Hélène Béguin Rue de l’Église 4 2000 Neuchâtel', 'Jürg Weiss Gässli 7 3000 Bern'];

describe.runIf(tools)('a coordinator makes the envelopes for a whole group', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('saves one PDF of DL envelopes, each member’s return address on their own two envelopes', async () => {
    app = await openApp();
    const { page } = app;
    const listFile = path.join(app.outputDir, 'members.csv');
    writeFileSync(listFile, LIST);
    await page.getByRole('button', { name: 'Group letters' }).click();
    app.answerMemberListDialog(listFile);
    await page.getByRole('button', { name: 'Read a member list…' }).click();
    await page.getByRole('button', { name: 'Save as a group (3 members)' }).click();
    await page.getByRole('button', { name: 'Prepare letters for this group' }).click();
    await page.getByRole('button', { name: '3 Wording and copies' }).click();
    await page.getByRole('checkbox', { name: /Also make the copy for the embassy/ }).check();
    await page.getByRole('button', { name: '4 Print or save' }).click();
    await page.getByRole('button', { name: 'Envelopes or address labels' }).click();
    await page.getByRole('radio', { name: /^DL/ }).check();

    app.answerSaveDialogs('envelopes.pdf');
    await page.getByRole('button', { name: 'Save the envelopes as PDF…' }).click();
    await expect.poll(() => page.getByText('Saved: envelopes.pdf (6 envelopes).').isVisible(), { timeout: 60_000 }).toBe(true);

    const pages = pdfPagesText(path.join(app.outputDir, 'envelopes.pdf')).map(normalise);
    expect(pages).toHaveLength(6);
    pages.forEach((text, i) => {
      const own = RETURN_ADDRESSES[Math.floor(i / 2)] ?? '';
      expect(text, `envelope ${i + 1}`).toContain(own);
      for (const other of RETURN_ADDRESSES.filter((a) => a !== own)) expect(text, `envelope ${i + 1}`).not.toContain(other);
    });
    // The letter's recipient on the first of each pair, the embassy on the second.
    expect(pages[0]).toMatch(/Aliyev/);
    expect(pages[1]).toMatch(/Embassy/);
  }, 120_000);
});
