import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { docxText } from '../support/docx-text';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('/usr/bin/python3', 'python3-docx', ['-c', 'import docx']);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** As Excel writes a French list on Windows: "Dubœuf" is byte 0x9C, the apostrophe of "d’Aubigné" 0x92. */
const LIST = path.join(import.meta.dirname, '../fixtures/members/windows-1252-curly-apostrophe.csv');
const NAMES = ['Anne Dubœuf', 'Luc d’Aubigné'];

describe.runIf(tools)('names from a Windows-1252 list, from the rows shown to paper', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('shows “Dubœuf” and “d’Aubigné” in the rows before saving, and prints them so in the PDF and the Word document', async () => {
    app = await openApp();
    const { page } = app;
    const listFile = path.join(app.outputDir, 'Paroisse.csv');
    copyFileSync(LIST, listFile);
    await page.getByRole('button', { name: 'Group letters' }).click();
    app.answerMemberListDialog(listFile);
    await page.getByRole('button', { name: 'Read a member list…' }).click();

    // Before anything is saved: the rows as read, name, town, language and whether they make a letter.
    const rows = page.getByRole('region', { name: 'The rows of your list, as the app read them' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    expect((await rows.allInnerTexts()).slice(1).map((text) => text.split('\t').map((cell) => cell.trim()))).toEqual([
      ['2', 'Anne Dubœuf', '1204 Genève', 'Français', 'Yes'],
      ['3', 'Luc d’Aubigné', '2000 Neuchâtel', 'Français', 'Yes'],
    ]);
    await page.getByRole('button', { name: 'Save as a group (2 members)' }).click();

    await page.getByRole('button', { name: 'Prepare letters for this group' }).click();
    await page.getByRole('button', { name: '4 Print or save' }).click();
    app.answerSaveDialogs('letters.pdf', 'letters.docx');
    await page.getByRole('button', { name: 'Save as one PDF…' }).click();
    await expect.poll(() => page.getByText(/^Saved: letters\.pdf/).isVisible(), { timeout: 60_000 }).toBe(true);
    await page.getByRole('button', { name: 'Save as one Word document…' }).click();
    await expect.poll(() => page.getByText(/^Saved: letters\.docx/).isVisible(), { timeout: 60_000 }).toBe(true);

    const pdf = normalise(pdfPagesText(path.join(app.outputDir, 'letters.pdf')).join(' '));
    const docx = normalise(docxText(path.join(app.outputDir, 'letters.docx')));
    for (const name of NAMES) {
      expect(pdf, 'the PDF').toContain(name);
      expect(docx, 'the Word document').toContain(name);
    }
    expect(pdf + docx).not.toMatch(/[\u0080-\u009F]/);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
