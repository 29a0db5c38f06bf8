import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { requireTool } from '../support/tools';
import { pdfPagesText } from '../support/pdf-words';

const tools = requireTool('chromium', 'chromium') && requireTool('pdftotext', 'poppler-utils', ['-v']);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const FIRST_NAMES = ['Anna', 'Beat', 'Cla', 'Dora', 'Emil', 'Fränzi', 'Gian', 'Heidi', 'Ines', 'Jakob', 'Karin', 'Luca'];
const LIST = ['Vorname;Name;Strasse;PLZ;Ort', ...FIRST_NAMES.map((first, i) => `${first};Muster;Seeweg ${i + 1};6000;Luzern`)].join('\r\n');
const fileOf = (first: string) => `Letter Azerbaijan - ${first} Muster.pdf`;

describe.runIf(tools)('one PDF per member, and the Stop button', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('saves each member’s own letter under their name; Stop keeps only whole files, and the log names exactly those', async () => {
    app = await openApp();
    const { page } = app;
    const listFile = path.join(app.outputDir, 'Pfarrei.csv');
    writeFileSync(listFile, LIST);
    await page.getByRole('button', { name: 'Group letters' }).click();
    app.answerMemberListDialog(listFile);
    await page.getByRole('button', { name: 'Read a member list…' }).click();
    await page.getByRole('button', { name: `Save as a group (${FIRST_NAMES.length} members)` }).click();
    await page.getByRole('button', { name: 'Prepare letters for this group' }).click();
    await page.getByRole('button', { name: '4 Print or save' }).click();

    // All the way through: one whole PDF per member, named after them, with their own letter.
    const all = path.join(app.outputDir, 'all');
    mkdirSync(all);
    app.answerFolderDialog(all);
    await page.getByRole('button', { name: 'One PDF per member…' }).click();
    await expect.poll(() => page.getByText(`${FIRST_NAMES.length} files were saved in the folder “all”.`).isVisible(), { timeout: 90_000 }).toBe(true);
    expect(readdirSync(all).sort()).toEqual(FIRST_NAMES.map(fileOf).sort());
    for (const first of FIRST_NAMES) {
      const text = normalise(pdfPagesText(path.join(all, fileOf(first))).join(' '));
      expect(text, fileOf(first)).toContain(`${first} Muster`);
      for (const other of FIRST_NAMES.filter((name) => name !== first)) expect(text).not.toContain(`${other} Muster`);
    }

    // Stopped part-way: what is in the folder is whole, and the message counts it.
    const stopped = path.join(app.outputDir, 'stopped');
    mkdirSync(stopped);
    app.answerFolderDialog(stopped);
    await page.getByRole('button', { name: 'One PDF per member…' }).click();
    await expect.poll(async () => Number(await page.locator('progress').getAttribute('value')), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Stop' }).click();
    const message = page.getByText(/^Stopped\. \d+ files? had already been saved whole/);
    await expect.poll(() => message.isVisible(), { timeout: 60_000 }).toBe(true);
    const saved = Number(/(\d+)/.exec((await message.textContent()) ?? '')?.[1]);
    const written = readdirSync(stopped).sort();
    expect(written).toHaveLength(saved);
    expect(saved).toBeGreaterThanOrEqual(2);
    expect(saved).toBeLessThan(FIRST_NAMES.length);
    expect(written).toEqual(FIRST_NAMES.slice(0, saved).map(fileOf).sort());
    for (const file of written) expect(pdfPagesText(path.join(stopped, file)).length, file).toBeGreaterThan(0);

    // The print log: the full run, and the stopped one with exactly the members whose files exist.
    await page.getByRole('button', { name: 'Back to the groups' }).click();
    await page.getByRole('button', { name: 'Print log' }).click();
    await expect.poll(() => page.getByText(new RegExp(`Pfarrei: ${saved} letters?, saved as one PDF per member on`)).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`Pfarrei: ${FIRST_NAMES.length} letters, saved as one PDF per member on`, { exact: false }).isVisible()).toBe(true);
    // "Print some of these again" for the stopped run offers exactly the members whose files exist.
    await page.getByRole('button', { name: 'Print some of these again…' }).first().click();
    const offered = await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as unknown as { labels: { textContent: string | null }[] | null }).labels?.[0]?.textContent ?? ''));
    expect(offered.map(normalise)).toEqual(FIRST_NAMES.slice(0, saved).map((first) => `${first} Muster, Luzern`));

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
