import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { requireTool } from '../support/tools';
import { filesMentioning } from '../support/files-mentioning';

const tools = requireTool('chromium', 'chromium');

/** The member's own details and a group member: accented, as the issues ask. */
const MEMBER_TEXTS = ['Zoë', 'Müller-Lüdenscheidt', 'Rue du Lac 1', 'Élodie', 'Fässler', 'Brunngasse 7'];
const LIST = ['Vorname;Name;Strasse;PLZ;Ort', 'Élodie;Fässler;Brunngasse 7;3011;Bern'].join('\r\n');

const filesMentioningMember = (dir: string) => filesMentioning(dir, MEMBER_TEXTS);

describe.runIf(tools)('a member deletes all their data', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('types their details, makes a group, prints, deletes everything in Settings: no trace stays, the welcome is back', async () => {
    app = await openApp();
    const { page } = app;
    const welcome = page.getByRole('region', { name: 'Welcome' });
    await page.getByRole('button', { name: 'Got it, let’s start' }).click();
    await expect.poll(() => welcome.count()).toBe(0);

    // The member's own letter: their details are saved as they type.
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('button', { name: 'Write this letter' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: 'Dear Mr. President,' }).check();
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('textbox', { name: 'First name' }).fill('Zoë');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Müller-Lüdenscheidt');
    await page.getByRole('textbox', { name: 'Street and number' }).fill('Rue du Lac 1');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await expect.poll(() => filesMentioningMember(app.userDataDir)).toContain('profile.json');

    // A group of one, printed: the print log now holds her name and address.
    const listFile = path.join(app.outputDir, 'Gruppe Bern.csv');
    writeFileSync(listFile, LIST);
    await page.getByRole('button', { name: 'Group letters' }).click();
    app.answerMemberListDialog(listFile);
    await page.getByRole('button', { name: 'Read a member list…' }).click();
    await page.getByRole('button', { name: 'Save as a group (1 member)' }).click();
    await page.getByRole('button', { name: 'Prepare letters for this group' }).click();
    await page.getByRole('button', { name: '4 Print or save' }).click();
    // The letter and the embassy copy, as the app proposes.
    await page.getByRole('button', { name: /^Print (all )?\d+ letters?…$/ }).click();
    await expect.poll(() => page.getByText(/letters? (was|were) sent to the printer\./).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(filesMentioningMember(app.userDataDir)).toEqual(expect.arrayContaining(['profile.json', 'print-log.json']));
    expect(readdirSync(path.join(app.userDataDir, 'groups')).length).toBeGreaterThan(0);

    // Settings → Your data → Delete all my data…: Cancel has focus; the member confirms.
    await page.getByRole('button', { name: 'Settings…' }).click();
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    const question = page.getByRole('dialog', { name: 'Delete all your data?' });
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(await page.evaluate<string>('document.activeElement ? document.activeElement.textContent : ""')).toBe('Cancel');
    await question.getByRole('button', { name: 'Delete all my data' }).click();
    const done = page.getByRole('dialog', { name: 'All your data is deleted' });
    await expect.poll(() => done.isVisible()).toBe(true);
    await done.getByRole('button', { name: 'Close' }).click();
    // The screens start afresh at once, as on a first start: the welcome is back.
    await expect.poll(() => welcome.count()).toBe(1);

    expect(filesMentioningMember(app.userDataDir)).toEqual([]);
    for (const folder of ['groups', 'drafts', 'campaigns']) expect(existsSync(path.join(app.userDataDir, folder)), folder).toBe(false);

    // The screens hold nothing of them either: the details are empty, so is the group page.
    const typedValues = () => page.evaluate<string>(`[...document.querySelectorAll('input, textarea')].map((field) => field.value).join(' ')`);
    expect(await typedValues()).not.toMatch(/Zoë|Fässler|Élodie/);
    await page.getByRole('button', { name: 'Group letters' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Read a member list…' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Fässler|Élodie/).count()).toBe(0);
    expect(filesMentioningMember(app.userDataDir)).toEqual([]);

    // The next start is a first start: the welcome, and nothing of the member.
    await page.reload();
    await expect.poll(() => welcome.count()).toBe(1);
    await expect.poll(() => page.getByText(/Zoë|Fässler/).count()).toBe(0);

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
