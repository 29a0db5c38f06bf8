import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { requireTool } from '../support/tools';
import { pdfPagesText } from '../support/pdf-words';
import { docxText } from '../support/docx-text';

const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('/usr/bin/python3', 'python3-docx', ['-c', 'import docx']);

const ADDRESS = ['Mr. Ilham Aliyev', 'President of the Republic of Azerbaijan', 'Presidential Palace', 'Istiqlaliyyat Street 19', '1066 Baku'];
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.runIf(tools)('one letter all the way through, as a member does it', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('opens the bundled campaign, writes the letter, and saves the same letter as PDF and Word', async () => {
    app = await openApp();
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Choose the letter');
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await expect.poll(() => page.getByText('What this letter is about').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Write this letter' }).click();

    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: 'Dear Mr. President,' }).check();
    await page.getByRole('button', { name: /Next/ }).click();

    await page.getByRole('textbox', { name: 'First name' }).fill('Zoë');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Müller-Lüdenscheidt');
    await page.getByRole('textbox', { name: 'Street and number' }).fill('Rue du Lac 1');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('1003');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await page.getByRole('button', { name: /Next/ }).click();

    const preview = page.getByRole('document', { name: 'The letter as it will be printed' });
    await expect.poll(() => preview.innerText()).toContain('Zoë Müller-Lüdenscheidt');
    const previewText = normalise(await preview.innerText());
    for (const line of [...ADDRESS, 'Dear Mr. President,', 'Yours respectfully,']) expect(previewText).toContain(line);

    app.answerSaveDialogs('letter.pdf', 'letter.docx');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect.poll(() => page.getByText('Saved: letter.pdf').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Save as Word document…' }).click();
    await expect.poll(() => page.getByText('Saved: letter.docx').isVisible(), { timeout: 30_000 }).toBe(true);

    const pdf = normalise(pdfPagesText(path.join(app.outputDir, 'letter.pdf')).join('\n'));
    const word = normalise(docxText(path.join(app.outputDir, 'letter.docx')));
    const expected = [
      'Zoë Müller-Lüdenscheidt',
      ...ADDRESS,
      'Dear Mr. President,',
      'As a member of ACAT-Switzerland',
      'Yours respectfully,',
      'Mrs Hanum Ibrahimova',
    ];
    for (const text of expected) {
      expect(pdf, `PDF has "${text}"`).toContain(text);
      expect(word, `DOCX has "${text}"`).toContain(text);
    }

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
