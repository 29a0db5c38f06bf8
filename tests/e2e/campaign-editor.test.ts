import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { offeredForms } from '../../shared/letter/languages';
import { blockText, type LetterDocument } from '../../shared/letter/model';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

const tools = requireTool('chromium', 'chromium');

const RECIPIENT = {
  role: 'head-of-state',
  gender: 'female',
  name: 'Maria Example',
  address: ['Mrs Maria Example', 'President of the Republic', 'Palace Square 1', '1000 Capital City', 'EXAMPLESTAN'],
} as const;
const EMBASSY = ['Embassy of Examplestan', 'Kramburgstrasse 10', '3006 Bern'];
const EN_BODY = 'I am writing to you about the singer Ana Lima.\n\nPlease release her without delay.';
const FR_BODY = 'Je vous écris au sujet de la chanteuse Ana Lima, arrêtée le 3 mars.\n\nJe vous prie de la libérer sans délai.';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** One of the editor's screens by its place in the row of screens ("3 Letter text"). */
async function goTo(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Parts of the campaign' }).getByRole('button', { name: new RegExp(`^\\d ${section}`) }).click();
  await page.getByRole('heading', { level: 1, name: section }).waitFor();
}

/** The text between the salutation and the closing: what the campaign's body became on paper. */
function bodyText(doc: LetterDocument): string[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'salutation');
  const end = doc.blocks.findIndex((b) => b.kind === 'closing');
  return doc.blocks.slice(start + 1, end).flatMap(blockText);
}

describe.runIf(tools)('making a campaign, as a coordinator does it', () => {
  let app: AppHarness | undefined;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('writes a two-language campaign from scratch through the UI, shares it, imports it into a fresh profile and prints a letter whose text is what was typed', async () => {
    app = await openApp();
    const { page } = app;
    await button(page, 'Make a campaign').click();
    await button(page, 'Start empty').click();

    await page.getByRole('heading', { level: 1, name: 'Recipient' }).waitFor();
    await page.getByRole('combobox', { name: 'Position' }).selectOption({ label: 'Head of state (president, king or queen)' });
    await page.getByRole('combobox', { name: 'Woman or man' }).selectOption({ label: 'A woman' });
    await textbox(page, 'Name').fill(RECIPIENT.name);
    await textbox(page, 'Address').fill(RECIPIENT.address.join('\n'));
    expect(await page.getByText('5 of 6 lines').isVisible()).toBe(true);

    await button(page, 'Next: Copies →').click();
    await button(page, 'Add the embassy').click();
    const copy = page.getByRole('group', { name: 'Copy 1' });
    await copy.getByRole('textbox', { name: 'Name', exact: true }).fill('Ambassador of Examplestan');
    await copy.getByRole('textbox', { name: 'Address', exact: true }).fill(EMBASSY.join('\n'));

    await goTo(page, 'Letter text');
    await textbox(page, 'Title').fill('Free the singer Ana Lima');
    const body = textbox(page, 'The letter’s text');
    await body.fill(EN_BODY);
    // A button's insertion is taken back by Ctrl+Z, as typing is.
    await button(page, 'Bold').click();
    expect(await body.inputValue()).toBe(`${EN_BODY}**important words**`);
    await page.keyboard.press('Control+z');
    expect(await body.inputValue()).toBe(EN_BODY);

    await button(page, 'Add a language…').click();
    const adding = page.getByRole('dialog', { name: 'Add a language' });
    await adding.getByRole('radio', { name: 'Français' }).check();
    await adding.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Français', pressed: true }).waitFor();
    await textbox(page, 'Title').fill('Libérez la chanteuse Ana Lima');
    await body.fill(FR_BODY);

    await goTo(page, 'Campaign details');
    await textbox(page, 'Published by').fill('ACAT-Test');
    await goTo(page, 'Save and share');
    expect(await page.getByText('Everything needed is filled in.').isVisible()).toBe(true);
    app.answerSaveDialogs('mine.appeal');
    await button(page, 'Share…').click();
    await expect.poll(() => page.getByText(/is now among your campaigns \(version 1\)\. Saved: mine\.appeal/).isVisible()).toBe(true);
    const shared = readFileSync(path.join(app.outputDir, 'mine.appeal'));
    expect(app.pageErrors, 'page errors').toEqual([]);
    await app.close();

    // A member of the group, on their own computer.
    app = await openApp();
    const member = app.page;
    const received = path.join(app.outputDir, 'mine.appeal');
    writeFileSync(received, shared);
    app.answerOpenDialog(received);
    await button(member, 'Import a campaign file…').click();
    await member.getByRole('dialog', { name: 'Import campaigns' }).getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => member.getByText('1 campaign imported.').isVisible()).toBe(true);

    await button(member, 'Free the singer Ana Lima').click();
    await button(member, 'Write this letter').click();
    await member.getByRole('radio', { name: 'Français' }).check();
    const [pair] = offeredForms('fr', { ...RECIPIENT, address: [...RECIPIENT.address] });
    if (!pair) throw new Error('no French form of address for a female head of state');
    await member.getByRole('radio', { name: pair.salutation }).check();
    await member.getByRole('button', { name: /^Next/ }).click();
    await textbox(member, 'First name').fill('Zoë');
    await textbox(member, 'Last name').fill('Müller');
    await textbox(member, 'Street and number').fill('Rue du Lac 1');
    await textbox(member, 'Postcode').fill('1003');
    await textbox(member, 'Town').fill('Lausanne');
    await member.getByRole('button', { name: /^Next/ }).click();
    await member.getByRole('checkbox', { name: 'Also make the copy for the embassy' }).check();
    await button(member, 'Print…').click();
    await expect.poll(() => app?.printed.length).toBe(1);

    const [letter, embassyCopy] = app.printed[0] ?? [];
    if (!letter || !embassyCopy) throw new Error('the letter and the embassy’s copy were not both printed');
    expect(letter.lang).toBe('fr');
    expect(bodyText(letter)).toEqual(FR_BODY.split('\n\n'));
    expect(letter.blocks.find((b) => b.kind === 'salutation')).toEqual({ kind: 'salutation', text: pair.salutation });
    expect(letter.blocks.find((b) => b.kind === 'closing')).toEqual({ kind: 'closing', text: pair.closing });
    expect(letter.blocks.find((b) => b.kind === 'recipient')).toMatchObject({ lines: RECIPIENT.address });
    expect(letter.blocks.find((b) => b.kind === 'copy-line')).toMatchObject({ entries: [EMBASSY.join(', ')] });
    expect(embassyCopy.blocks.find((b) => b.kind === 'recipient')).toMatchObject({ lines: EMBASSY });
    expect(bodyText(embassyCopy)).toEqual(FR_BODY.split('\n\n'));

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });

  it('keeps a draft when the window is closed, and opens it again where the coordinator was', async () => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'appeal-draft-'));
    try {
      app = await openApp({ userDataDir });
      let { page } = app;
      await button(page, 'Make a campaign').click();
      await button(page, 'Start empty').click();
      await goTo(page, 'Letter text');
      await textbox(page, 'Title').fill('Kept overnight');
      await textbox(page, 'The letter’s text').fill('Typed before the window closed.');
      await page.getByRole('status').filter({ hasText: /^✓ Saved$/ }).waitFor();
      await app.close();

      app = await openApp({ userDataDir });
      page = app.page;
      await button(page, 'Make a campaign').click();
      await button(page, 'Continue: Kept overnight').click();
      await page.getByRole('heading', { level: 1, name: 'Letter text' }).waitFor();
      expect(await textbox(page, 'Title').inputValue()).toBe('Kept overnight');
      expect(await textbox(page, 'The letter’s text').inputValue()).toBe('Typed before the window closed.');
      expect(app.pageErrors, 'page errors').toEqual([]);
    } finally {
      await app?.close();
      app = undefined;
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
