import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { axeViolations, pageOverflows, setLook } from './support/accessibility';

const tools = requireTool('chromium', 'chromium');

/** 25 members with long, real-looking names and streets: the widest rows a parish list has. */
const LIST = [
  'Anrede;Vorname;Name;Strasse;Adresszusatz;PLZ;Ort;Land;Sprache',
  ...Array.from({ length: 25 }, (_, i) =>
    [i % 2 ? 'Herr' : 'Frau', `Marie-Christine ${i + 1}`, `Schneider-Wüthrich`, `Obere Bahnhofstrasse ${i + 10}`, 'c/o Pfarramt St. Anna', `${3000 + i}`, 'Wabern bei Bern', 'Schweiz', 'Deutsch'].join(';'),
  ),
].join('\r\n');

const LAPTOP = { width: 1280, height: 720 };

/** The main elements without their own `hidden`: HTML allows one, whatever their ancestors hide. */
const MAINS = '[...document.querySelectorAll("main, [role=main]")].filter((m) => !m.hidden).map((m) => m.id)';

/** The box of an element against the window, after scrolling it into view as a user would. */
async function inView(page: Page, name: string): Promise<boolean> {
  const control = page.getByRole('button', { name, exact: true });
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= LAPTOP.width && box.y + box.height <= LAPTOP.height;
}

describe.runIf(tools)('the coordinator’s screens on a 1280×720 laptop', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('shows a group of 25 and every step of preparing letters without sideways scrolling, at 100 % and 150 % text, axe clean', async () => {
    app = await openApp();
    const { page } = app;
    await page.setViewportSize(LAPTOP);
    const listFile = path.join(app.outputDir, 'Pfarrei.csv');
    writeFileSync(listFile, LIST);
    await page.getByRole('button', { name: 'Group letters' }).click();
    app.answerMemberListDialog(listFile);
    await page.getByRole('button', { name: 'Read a member list…' }).click();
    await page.getByRole('heading', { name: 'Member list: Pfarrei.csv' }).waitFor();
    const overflowing: string[] = [];
    const violations: string[] = [];
    const check = async (screen: string) => {
      // The walk of every screen (accessibility.test.ts) sees step 1 only: axe looks at each one here.
      for (const violation of await axeViolations(page)) violations.push(`${screen}: ${violation}`);
      for (const zoom of [1, 1.5]) {
        await setLook(page, { theme: 'standard', zoom });
        if (await pageOverflows(page)) overflowing.push(`${screen} at ${zoom * 100} %`);
      }
      await setLook(page, { theme: 'standard', zoom: 1 });
    };
    await check('the list as read');
    await page.getByRole('button', { name: 'Save as a group (25 members)' }).click();

    await page.getByRole('heading', { level: 2, name: 'Group: Pfarrei' }).waitFor();
    await check('the group’s members');
    // The last member's Remove is on screen once scrolled to, at both text sizes.
    const lastRemove = 'Remove Marie-Christine 25 Schneider-Wüthrich';
    expect(await inView(page, lastRemove)).toBe(true);
    await setLook(page, { theme: 'standard', zoom: 1.5 });
    expect(await inView(page, lastRemove)).toBe(true);
    await setLook(page, { theme: 'standard', zoom: 1 });

    await page.getByRole('button', { name: 'Prepare letters for this group' }).click();
    const steps = ['Group and campaign', 'Language and salutation', 'Wording and copies', 'Print or save'];
    for (const [index, step] of steps.entries()) {
      const current = page.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]');
      await expect.poll(() => current.textContent()).toBe(`${index + 1} ${step}`);
      await page.getByRole('document').first().waitFor();
      await check(`step ${index + 1}`);
      if (index < steps.length - 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    expect(overflowing).toEqual([]);
    expect(violations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('has one main landmark on the Group letters page, the member’s hidden letter included', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Group letters' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your groups' }).waitFor();
    const mains = await page.evaluate<string[]>(MAINS);
    expect(mains).toEqual(['group-letters']);
    expect(await page.getByRole('main').count()).toBe(1);
    // The printer set-up opened over Group letters: its own main is then the only one.
    await page.getByRole('button', { name: 'Settings…' }).click();
    await page.getByRole('button', { name: 'Envelope and printer set-up…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Envelope and printer' }).waitFor();
    expect(await page.evaluate<string[]>(MAINS)).toEqual(['printer-setup']);
  });
});
