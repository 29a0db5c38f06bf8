import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_CAMPAIGNS_DIR, PROJECT_ROOT } from '../../main/paths';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { LOOKS, axeViolations, pageOverflows, setLook, textContrasts, type Look } from './support/accessibility';

const tools = requireTool('chromium', 'chromium');

type Json = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json;
const BUNDLED = readJson(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'));
const BUNDLED_ID = 'azerbaijan-2020-nagorno-karabakh';
const BUNDLE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'campaigns', 'valid', 'monthly-bundle.appeal');

interface Recipient {
  name: string;
  address: string[];
}
const recipientOf = (campaign: Json) => campaign.recipient as Recipient;
const BAKU = recipientOf(BUNDLED).address;
const ZURICH = [...BAKU.slice(0, 3), 'Postfach 99', '8000 Zürich'];

/** The forged file: the bundled campaign's id, a higher revision, another publisher, a stranger's address. */
const FORGED = {
  ...BUNDLED,
  revision: 2,
  publisher: 'Friends of Baku',
  recipient: { ...recipientOf(BUNDLED), address: ZURICH },
};

/** The campaign as the library has it now, asked through the page's own API (as the renderer would). */
async function campaignNow(page: Page, id: string): Promise<Json> {
  return page.evaluate<Json>(`window.appeal.getCampaign({ id: ${JSON.stringify(id)} })`);
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement ? document.activeElement.textContent : ""');
}

function writeFile(app: AppHarness, name: string, campaign: Json): string {
  const file = path.join(app.outputDir, name);
  writeFileSync(file, JSON.stringify(campaign, null, 2));
  return file;
}

async function openImport(app: AppHarness, file: string) {
  app.answerOpenDialog(file);
  await app.page.getByRole('button', { name: 'Import a campaign file…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Import campaigns' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

describe.runIf(tools)('an update that would send the letters elsewhere', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('warns about a forged update of the bundled campaign, shows both addresses, and replaces only by a deliberate choice', async () => {
    app = await openApp();
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Choose the letter');
    const forged = writeFile(app, 'azerbaijan-update.appeal', FORGED);

    const dialog = await openImport(app, forged);
    // The warning, in plain words, before anything is replaced.
    const warning = dialog.locator('.import-warning');
    // In view as the dialog opens, though the focused Cancel button is further down.
    const heading = await warning.getByRole('heading').boundingBox();
    expect(heading && heading.y >= 0 && heading.y + heading.height <= page.viewportSize()!.height).toBe(true);
    expect(await warning.getByRole('heading').textContent()).toBe(
      'Careful: this file replaces “Azerbaijan: protect the Armenians of Nagorno-Karabakh”',
    );
    const said = await warning.innerText();
    expect(said).toContain('This campaign came with the app. The file would replace it with another version.');
    expect(said).toContain('This file says it comes from “Friends of Baku”, but your campaign came from “ACAT-Switzerland”.');
    expect(said).toContain('It changes the address your letters are sent to.');
    expect(said).toContain('Import it only if you trust who sent it.');

    // Now and after, side by side: the old address and the stranger's, changed lines said in words.
    const table = dialog.getByRole('table', { name: 'What changes in “Azerbaijan: protect the Armenians of Nagorno-Karabakh”' });
    const recipientRow = table.getByRole('row', { name: /Recipient of the letter/ });
    const [now, after] = await recipientRow.getByRole('cell').allInnerTexts();
    expect(now).toContain('Old: Istiqlaliyyat Street 19');
    expect(now).toContain('Old: 1066 Baku');
    expect(now).toContain('Presidential Palace');
    expect(after).toContain('New: Postfach 99');
    expect(after).toContain('New: 8000 Zürich');
    expect(after).not.toContain('Baku');
    expect(await table.getByRole('row', { name: /Campaign from/ }).getByRole('cell').allInnerTexts()).toEqual([
      'Old: ACAT-Switzerland',
      'New: Friends of Baku',
    ]);

    // Nothing replaced yet; Cancel has focus; Replace does nothing while the box is not ticked.
    expect(recipientOf(await campaignNow(page, BUNDLED_ID)).address).toEqual(BAKU);
    expect(await focusedText(page)).toBe('Cancel');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    const replace = dialog.getByRole('button', { name: 'Replace', exact: true });
    expect(await replace.getAttribute('aria-disabled')).toBe('true');
    // Forced: Playwright, like a screen reader, sees the button as disabled; a member can still click it.
    await replace.click({ force: true });
    expect(await dialog.isVisible()).toBe(true);
    expect(recipientOf(await campaignNow(page, BUNDLED_ID)).address).toEqual(BAKU);

    // The warned dialog is as readable as every other one: axe, 7:1 text, no sideways scrolling at 200 %.
    const problems: string[] = [];
    for (const look of LOOKS) {
      await setLook(page, look);
      const where = `${look.theme} ${look.zoom * 100} %`;
      for (const violation of await axeViolations(page)) problems.push(`${where}: ${violation}`);
      for (const low of (await textContrasts(page)).filter((f) => f.ratio < 7)) problems.push(`${where}: ${low.ratio}:1 “${low.text}”`);
      if (await pageOverflows(page)) problems.push(`${where}: wider than the window`);
    }
    await setLook(page, LOOKS[0] as Look);
    expect(problems).toEqual([]);

    // Enter, pressed by habit, cancels: still the old address.
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(recipientOf(await campaignNow(page, BUNDLED_ID)).address).toEqual(BAKU);

    // A deliberate choice: the member ticks that they trust the file, then replaces.
    const again = await openImport(app, forged);
    await again.getByRole('checkbox', { name: 'I trust this file: replace the address' }).check();
    await again.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => page.getByText('1 campaign imported.').isVisible()).toBe(true);
    const replaced = await campaignNow(page, BUNDLED_ID);
    expect(recipientOf(replaced).address).toEqual(ZURICH);
    expect(replaced.publisher).toBe('Friends of Baku');

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });

  it('shows what an ordinary update of an own campaign changes, without a warning, and imports it with one click', async () => {
    app = await openApp();
    const { page } = app;
    const bundle = await openImport(app, BUNDLE);
    await bundle.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('3 campaigns imported.').isVisible()).toBe(true);

    const first = (readJson(BUNDLE).campaigns as Json[]).find((campaign) => campaign.id === 'april-2021-first')!;
    const moved = { ...recipientOf(first), address: [...recipientOf(first).address.slice(0, -1), 'New Town 1'] };
    const update = writeFile(app, 'april-first-v2.appeal', { ...first, revision: 2, recipient: moved });

    const dialog = await openImport(app, update);
    expect(await dialog.getByText('1 update', { exact: true }).isVisible()).toBe(true);
    const [now, after] = await dialog
      .getByRole('row', { name: /Recipient of the letter/ })
      .getByRole('cell')
      .allInnerTexts();
    expect(now).toContain(`Old: ${recipientOf(first).address.at(-1)}`);
    expect(after).toContain('New: New Town 1');
    expect(await dialog.locator('.import-warning').count()).toBe(0);
    expect(await dialog.getByRole('checkbox').count()).toBe(0);
    expect(await focusedText(page)).toBe('Import');

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('1 campaign imported.').isVisible()).toBe(true);
    expect(recipientOf(await campaignNow(page, 'april-2021-first')).address).toEqual(moved.address);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
