import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { requireTool } from '../support/tools';
import { pdfPagesText } from '../support/pdf-words';

const tools = requireTool('chromium', 'chromium') && requireTool('pdftotext', 'poppler-utils', ['-v']);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A coordinator's list as older Excel saves it: Windows-1252, `;`, CRLF, one header it cannot guess. */
const LIST = [
  'Anrede;Vorname;Name;Strasse;PLZ;Domicile;Sprache',
  'Frau;Zoë;Müller;Rue du Lac 1;1003;Lausanne;',
  'Madame;Hélène;Béguin;Rue de l’Église 4;2000;Neuchâtel;français',
  'Herr;Jürg;Weiss;Gässli 7;3000;Bern;de',
  ';;;;;;',
].join('\r\n');

/** Windows-1252 as Excel writes it: Latin-1, but the typographic apostrophe is byte 0x92. */
const windows1252 = (text: string) => Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

/**
 * Who must be on which letter, with the form of address of their own language (English the
 * fallback) and their title as that language writes it: the list's "Frau" is "Mrs" in English.
 */
const EXPECTED = [
  { name: 'Mrs Zoë Müller', salutation: 'Dear Mr. President,' },
  { name: 'Mme Hélène Béguin', salutation: 'Monsieur le Président,' },
  { name: 'Herr Jürg Weiss', salutation: 'Exzellenz' },
];

describe.runIf(tools)('a coordinator prints the month’s letters for a whole group', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('reads a Windows-1252 list, fixes a column, checks letter 2, saves one PDF and reprints one letter', async () => {
    app = await openApp();
    const { page } = app;
    const listFile = path.join(app.outputDir, 'Pfarrei St. Anna.csv');
    writeFileSync(listFile, windows1252(LIST));

    await page.getByRole('button', { name: 'Group letters' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Group letters');
    app.answerMemberListDialog(listFile);
    await page.getByRole('button', { name: 'Read a member list…' }).click();

    // The town column has a name the app cannot guess: no member is ready until it is set.
    const ready = page.getByText(/ready for a letter/);
    await expect.poll(() => ready.textContent()).toBe('0 members are ready for a letter.');
    await expect.poll(() => page.getByText('Row 2: there is no town.').isVisible()).toBe(true);
    await page.getByLabel('Column “Domicile”').selectOption({ label: 'Town' });
    await expect.poll(() => ready.textContent()).toBe('3 members are ready for a letter.');
    expect(await page.getByLabel('Column “Vorname”').inputValue()).toBe('firstName');
    await page.getByRole('button', { name: 'Save as a group (3 members)' }).click();

    await expect.poll(() => page.getByRole('textbox', { name: 'First name, Hélène Béguin' }).inputValue()).toBe('Hélène');
    // The member's rhythm: 1 group and campaign, 2 language, 3 wording and copies, 4 print or save.
    await page.getByRole('button', { name: 'Prepare letters for this group' }).click();
    const next = page.getByRole('button', { name: 'Next', exact: true });
    await next.click();
    await page.getByRole('radio', { name: /Each member’s own language/ }).check();
    await page.getByRole('radio', { name: 'English' }).check();
    await next.click();
    await page.getByRole('checkbox', { name: /Pad each letter to an even number of pages/ }).check();
    // The embassy copy is on by default; this run is about the members' own letters.
    await page.getByRole('checkbox', { name: /copy for the embassy/ }).uncheck();
    await next.click();

    await page.getByRole('button', { name: 'Next letter' }).click();
    await expect.poll(() => page.getByText('Letter 2 of 3: Hélène Béguin').isVisible()).toBe(true);
    const preview = page.getByRole('document', { name: 'The letter of Hélène Béguin as it will be printed' });
    await expect.poll(async () => normalise(await preview.innerText())).toContain('Monsieur le Président,');

    app.answerSaveDialogs('group.pdf');
    await page.getByRole('button', { name: 'Save as one PDF…' }).click();
    await expect.poll(() => page.getByText('Saved: group.pdf (3 letters).').isVisible(), { timeout: 60_000 }).toBe(true);

    const pages = pdfPagesText(path.join(app.outputDir, 'group.pdf')).map(normalise);
    expect(pages.length % 2, 'every letter padded to an even page count').toBe(0);
    const firstPages = EXPECTED.map(({ name }) => pages.findIndex((text) => text.includes(name)));
    expect(firstPages[0]).toBe(0);
    for (const [i, { name, salutation }] of EXPECTED.entries()) {
      const first = firstPages[i] ?? -1;
      expect(first, `${name} has a page`).toBeGreaterThanOrEqual(0);
      expect(first % 2, `${name}'s letter starts on a front side`).toBe(0);
      expect(pages[first], `${name}'s page`).toContain(salutation);
      for (const other of EXPECTED.filter((e) => e.name !== name)) expect(pages[first]).not.toContain(other.name);
    }
    expect(firstPages).toEqual([...firstPages].sort((a, b) => a - b));
    // The list's curly apostrophe (byte 0x92) reaches the paper as one.
    expect(pages.join(' ')).toContain('Rue de l’Église 4');

    // After a paper jam: the log names who got a letter; print Jürg's again, and only his.
    await page.getByRole('button', { name: 'Back to the groups' }).click();
    await page.getByRole('button', { name: 'Print log' }).click();
    await expect.poll(() => page.getByText(/Pfarrei St. Anna: 3 letters, saved as PDF on/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Print some of these again…' }).click();
    await page.getByRole('checkbox', { name: 'Jürg Weiss, Bern' }).check();
    await page.getByRole('button', { name: 'Print the ticked letter…' }).click();
    await expect.poll(() => page.getByText('1 letter was sent to the printer.').isVisible()).toBe(true);
    expect(app.printed).toHaveLength(1);
    expect(normalise(JSON.stringify(app.printed[0]))).toContain('Exzellenz');
    // A letter abroad: the sender's country, in the letter's language.
    expect(app.printed[0]?.[0]?.blocks[0]).toEqual({ kind: 'sender', lines: ['Herr Jürg Weiss', 'Gässli 7', '3000 Bern', 'Schweiz'] });

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
