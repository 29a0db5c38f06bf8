import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { requireTool } from '../support/tools';

const tools = requireTool('chromium', 'chromium');

const validDir = path.join(import.meta.dirname, '../fixtures/campaigns/valid');
const BUNDLE = path.join(validDir, 'monthly-bundle.appeal');
const EVERY_FIELD = path.join(validDir, 'every-optional-field.appeal');

/**
 * What the member's file manager hands the window when a file is dropped on it. Run in the page
 * (a string: these tests are compiled without the DOM's types).
 */
const DROP_SCRIPT = `({ name, text }) => {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name));
  for (const type of ['dragenter', 'dragover', 'drop']) {
    window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }
}`;

async function dropFile(page: Page, file: string): Promise<void> {
  const argument = JSON.stringify({ name: path.basename(file), text: readFileSync(file, 'utf8') });
  await page.evaluate(`(${DROP_SCRIPT})(${argument})`);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const cardNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Campaigns' })
    .getByRole('button')
    .evaluateAll((cards) => cards.map((card) => card.querySelector('.card__title')?.textContent ?? ''));

describe.runIf(tools)('the campaign library, as a coordinator uses it', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('says calmly at start that a damaged library file was kept, with no accessibility violations', async () => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'appeal-damaged-'));
    try {
      mkdirSync(path.join(userDataDir, 'campaigns'));
      writeFileSync(path.join(userDataDir, 'campaigns', 'library.json'), '{ "format": "appeal-letters/library", damaged');
      app = await openApp({ userDataDir });
      const notice = app.page.getByRole('region', { name: 'About your saved campaigns' });
      await expect.poll(() => notice.isVisible()).toBe(true);
      const kept = readdirSync(path.join(userDataDir, 'campaigns')).find((name) => name.startsWith('library.corrupt-'));
      expect(await notice.innerText()).toContain(`The file with your saved campaigns was damaged. It has been kept as “${kept}”`);
      await expectNoAxeViolations(app.page);
      await notice.getByRole('button', { name: 'Close this message' }).click();
      await expect.poll(() => notice.count()).toBe(0);
      expect(app.pageErrors, 'page errors').toEqual([]);
    } finally {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });

  it('imports a bundle by button and a campaign by dropping it, opens them, and re-imports an exported file as nothing new', async () => {
    app = await openApp();
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Choose the letter');

    // By the button and the system's file dialog: a preview first, then all of it at once.
    app.answerOpenDialog(BUNDLE);
    await page.getByRole('button', { name: 'Import a campaign file…' }).click();
    const preview = page.getByRole('dialog', { name: 'Import campaigns' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.getByText('3 new campaigns', { exact: true }).isVisible()).toBe(true);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('3 campaigns imported.').isVisible()).toBe(true);

    // The new campaigns are listed; the one whose deadline has passed comes after the current ones.
    await expect.poll(async () => (await cardNames(page)).toSorted()).toEqual([
      'Azerbaijan: protect the Armenians of Nagorno-Karabakh',
      'First appeal of April',
      'Second appeal of April',
      'Third appeal of April',
    ]);
    const names = await cardNames(page);
    expect(names.indexOf('Second appeal of April')).toBeGreaterThan(names.indexOf('First appeal of April'));
    expect(names.indexOf('Second appeal of April')).toBeGreaterThan(names.indexOf('Third appeal of April'));
    const overdue = page.getByRole('button', { name: 'Second appeal of April' });
    expect(await overdue.evaluate((button) => button.closest('.card')?.className)).toContain('card--overdue');
    await overdue.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Second appeal of April');
    expect(await page.getByText('Deadline passed (15 May 2021)').isVisible()).toBe(true);

    // Saved back to a campaign file from its page …
    app.answerSaveDialogs('second.appeal');
    await page.getByRole('button', { name: 'Save as campaign file…' }).click();
    await expect.poll(() => page.getByText('Saved: second.appeal').isVisible()).toBe(true);
    const exported = path.join(app.outputDir, 'second.appeal');
    expect((JSON.parse(readFileSync(exported, 'utf8')) as { id: string }).id).toBe('april-2021-second');
    await page.getByRole('button', { name: 'Back to the list' }).click();

    // … which imports again as nothing new: the library already has that revision.
    app.answerOpenDialog(exported);
    await page.getByRole('button', { name: 'Import a campaign file…' }).click();
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.getByText('1 skipped', { exact: true }).isVisible()).toBe(true);
    expect(await preview.getByText('Second appeal of April: You already have this campaign (version 3).').isVisible()).toBe(true);
    expect(await preview.getByText('There is nothing new to import. Your campaigns stay as they are.').isVisible()).toBe(true);
    expect(await preview.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await preview.getByRole('button', { name: 'OK' }).click();

    // By dropping a file on the window: a newer revision of the bundled campaign.
    await dropFile(page, EVERY_FIELD);
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.getByText('1 update', { exact: true }).isVisible()).toBe(true);
    // It replaces a campaign that came with the app: a deliberate choice, not one click.
    expect(await preview.getByText('This campaign came with the app. The file would replace it with another version.').isVisible()).toBe(true);
    await preview.getByRole('checkbox', { name: 'I trust this file: replace the campaign' }).check();
    await preview.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => page.getByText('1 campaign imported.').isVisible()).toBe(true);

    const updated = 'Azerbaijan: protect the Armenian population of Nagorno-Karabakh';
    await page.getByRole('button', { name: updated }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(updated);
    const background = page.getByRole('region', { name: 'What this letter is about' });
    expect(await background.innerText()).toContain('civilian targets were shelled');
    expect(await background.getByText('about 90’000 civilians').evaluate((node) => node.tagName)).toBe('STRONG');
    expect(await page.getByText('Deadline passed (31 January 2021)').isVisible()).toBe(true);

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });

  it('archives, deletes with undo, and saves several campaigns as one file that imports elsewhere', async () => {
    app = await openApp();
    const { page } = app;
    app.answerOpenDialog(BUNDLE);
    await page.getByRole('button', { name: 'Import a campaign file…' }).click();
    await page.getByRole('dialog', { name: 'Import campaigns' }).getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('3 campaigns imported.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'First appeal of April', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Delete…' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Delete this campaign?' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('dialog', { name: 'Delete this campaign?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByText('Deleted: “First appeal of April”.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'First appeal of April', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.getByRole('button', { name: 'First appeal of April', exact: true }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Third appeal of April', exact: true }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Put back' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(() => cardNames(page)).not.toContain('Third appeal of April');
    await page.getByRole('checkbox', { name: 'Show archived campaigns' }).check();
    expect(await page.getByRole('list', { name: 'Archived campaigns' }).getByRole('listitem').innerText()).toContain('Archived');

    app.answerSaveDialogs('two.appeal');
    await page.getByRole('button', { name: 'Save these campaigns as one file…' }).click();
    const chooser = page.getByRole('dialog', { name: 'Save campaigns as one file' });
    await expect.poll(() => chooser.isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await chooser.getByRole('checkbox', { name: 'First appeal of April' }).check();
    await chooser.getByRole('checkbox', { name: 'Third appeal of April (Archived)' }).check();
    await chooser.getByRole('button', { name: 'Save…' }).click();
    await expect.poll(() => page.getByText('Saved: two.appeal').isVisible()).toBe(true);
    const bundleBytes = readFileSync(path.join(app.outputDir, 'two.appeal'));
    const saved = JSON.parse(bundleBytes.toString('utf8')) as { format: string; campaigns: { id: string }[] };
    expect(saved.format).toBe('appeal-letters/bundle');
    expect(saved.campaigns.map((c) => c.id)).toEqual(['april-2021-first', 'april-2021-third']);
    await app.close();

    // Another member's computer: the bundle brings both campaigns.
    app = await openApp();
    const copied = path.join(app.outputDir, 'two.appeal');
    writeFileSync(copied, bundleBytes);
    app.answerOpenDialog(copied);
    await app.page.getByRole('button', { name: 'Import a campaign file…' }).click();
    expect(await app.page.getByText('2 new campaigns', { exact: true }).textContent()).toBe('2 new campaigns');

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
