import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { apiContract, type AppServices } from '../../shared/api/contract';
import type { BatchRequest } from '../../shared/api/operations/batch-ops';
import type { FoyerRequest } from '../../shared/api/operations/mailing-ops';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { documentText, type LetterDocument } from '../../shared/letter/model';
import type { PrintJob } from '../../shared/letter/print-page';
import { emptyMember } from '../../shared/members/member-rows';
import { createAppServices } from '../../main/services/app-services';
import { RESOURCES_DIR } from '../../main/paths';
import { docxText } from '../support/docx-text';
import { requireTool } from '../support/tools';

const CAMPAIGN = 'azerbaijan-2020-nagorno-karabakh';
const hasPythonDocx = requireTool('/usr/bin/python3', 'python3-docx', ['-c', 'import docx']);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** The real services; the printer and the PDF engine keep what they were given (Chromium is the e2e's). */
function services() {
  const userDataDir = tempDir('afternoon-data-');
  const outDir = tempDir('afternoon-out-');
  const printed: LetterDocument[][] = [];
  const jobs: PrintJob[] = [];
  let saveAs = '';
  const app: AppServices = createAppServices({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: {
      lettersToPdf: async () => new Uint8Array([37, 80, 68, 70]),
      jobToPdf: async (job: PrintJob) => {
        jobs.push(job);
        return new Uint8Array([37, 80, 68, 70]);
      },
      close: async () => {},
    } as never,
    printer: {
      printLetters: async (letters) => {
        printed.push(letters);
        return 'printed';
      },
      printJob: async () => 'printed',
    },
    systemLanguage: () => 'en-GB',
    dialogs: {
      showOpenCampaign: async () => null,
      showSave: async (name) => (saveAs = path.join(outDir, name)),
      showOpenLetter: async () => null,
      showOpenMemberList: async () => null,
      showSaveMemberList: async (name) => (saveAs = path.join(outDir, name)),
      showChooseFolder: async () => outDir,
    },
  });
  return { app, userDataDir, printed, jobs, savedFile: () => saveAs };
}

const member = (firstName: string, lastName: string, language: string) => ({ ...emptyMember(), firstName, lastName, street: 'Kirchweg 3', postcode: '3000', city: 'Bern', language });
const batch = (groupName: string, members: ReturnType<typeof member>[], withCopies = true) =>
  apiContract.runBatch.input.parse({
    jobId: `job-${groupName.length}`,
    groupName,
    members,
    output: 'print',
    settings: { campaignId: CAMPAIGN, langMode: 'own', lang: 'en', salutationIndex: 0, layout: DEFAULT_LAYOUT, withCopies, date: '2026-12-01' },
  } satisfies BatchRequest);
const foyer = (extra: Partial<FoyerRequest>) =>
  apiContract.runFoyer.input.parse({
    jobId: 'foyer-1',
    campaignId: CAMPAIGN,
    counts: [{ lang: 'de', count: 3 }, { lang: 'fr', count: 2 }],
    layout: DEFAULT_LAYOUT,
    date: '2026-12-03',
    output: 'print',
    ...extra,
  } satisfies FoyerRequest);

describe('letter afternoons through the app\'s services', () => {
  it('count a year\'s letters after three batches, per campaign, language and group, and never a name', async () => {
    const { app, userDataDir } = services();
    await app.runBatch(batch('Pfarrei Bern', [member('Anna', 'Muster', 'de'), member('Jean', 'Dubœuf', 'fr'), member('Lia', 'Rossi', 'it')]));
    await app.runBatch(batch('Pfarrei Bern', [member('Beat', 'Ritter', 'de')], false));
    await app.runBatch(batch('Paroisse Sion', [member('Odile', 'd’Aubigné', 'fr'), member('Paul', 'Roux', 'fr')]));
    const year = await app.lettersSentInYear({ year: new Date().getFullYear() });
    expect(year.letters).toBe(6);
    expect(year.campaigns).toHaveLength(1);
    expect(year.campaigns[0]).toMatchObject({ campaignId: CAMPAIGN, letters: 6, copies: 5, byLanguage: { de: 2, fr: 3, it: 1 } });
    expect(year.campaigns[0]?.byGroup).toEqual({
      'Pfarrei Bern': { letters: 4, copies: 3, byLanguage: { de: 2, fr: 1, it: 1 } },
      'Paroisse Sion': { letters: 2, copies: 2, byLanguage: { fr: 2 } },
    });
    const record = readFileSync(path.join(userDataDir, 'letters-sent.json'), 'utf8');
    for (const name of ['Anna', 'Dubœuf', 'Aubigné', 'Kirchweg', '3000']) expect(record).not.toContain(name);
  });

  it('save the year\'s counts as CSV for the organisation, and delete them with the rest of the data', async () => {
    const { app, userDataDir, savedFile } = services();
    await app.runBatch(batch('Pfarrei Bern', [member('Anna', 'Muster', 'de')]));
    const saved = await app.exportLettersSentCsv({ year: new Date().getFullYear() });
    expect(saved.status).toBe('saved');
    const csv = readFileSync(savedFile(), 'utf8');
    expect(csv).toContain('Pfarrei Bern');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFCampaign,Title,Group,Letters,Copies,de$/);
    await app.deleteAllData(undefined);
    expect(readdirSync(userDataDir).filter((f) => f.startsWith('letters-sent'))).toEqual([]);
    expect((await app.lettersSentInYear({ year: new Date().getFullYear() })).letters).toBe(0);
  });

  it('sum up where a list in three languages goes and which stamps to buy', async () => {
    const { app } = services();
    const summary = await app.mailingSummary({
      campaignId: CAMPAIGN,
      letters: [{ lang: 'de', count: 5 }, { lang: 'fr', count: 3 }, { lang: 'it', count: 2 }],
      withCopies: true,
    });
    expect(summary.letters).toBe(20);
    expect(summary.destinations.map((d) => [d.town, d.letters, d.stampChf])).toEqual([
      ['1066 Baku', 10, 2.5],
      ['3006 Bern', 10, 1.2],
    ]);
    expect(summary.stamps).toEqual([{ chf: 2.5, count: 10 }, { chf: 1.2, count: 10 }]);
    expect(summary.totalChf).toBe(37);
    await app.savePostagePrices({ home: 1.1, abroad: 2.5, byRegion: { AZ: 3 } });
    expect((await app.mailingSummary({ campaignId: CAMPAIGN, letters: [{ lang: 'de', count: 1 }], withCopies: true })).totalChf).toBe(4.1);
  });

  it('print foyer sheets per language and count, with ruled lines and no sender, and count them', async () => {
    const { app, printed } = services();
    const result = await app.runFoyer(foyer({ withCopies: true }));
    expect(result).toEqual({ status: 'printed', letters: 10 });
    const letters = printed[0] ?? [];
    expect(letters.map((l) => l.lang)).toEqual(['de', 'de', 'de', 'de', 'de', 'de', 'fr', 'fr', 'fr', 'fr']);
    const text = documentText(letters[0]!).join('\n');
    expect(text).toMatch(/^Name _{10,}$/m);
    expect(text).toMatch(/^Unterschrift _{10,}$/m);
    expect(text).toContain('Mitglied / Sympathisant');
    const year = await app.lettersSentInYear({ year: new Date().getFullYear() });
    expect(year.campaigns[0]).toMatchObject({ letters: 5, copies: 5, byLanguage: { de: 3, fr: 2 } });
  });

  it.skipIf(!hasPythonDocx)('write foyer sheets as one Word document in two languages, ruled, without sender data', async () => {
    const { app, savedFile } = services();
    await app.saveProfile({ title: '', firstName: 'Anna', lastName: 'Muster', street: 'Kirchweg 3', addressLine2: '', postcode: '3000', city: 'Bern', country: '', datePlace: '', initialsOnly: false });
    const result = await app.runFoyer(foyer({ output: 'docx', withCopies: false, place: 'Lausanne' }));
    expect(result).toMatchObject({ status: 'saved', files: 1, letters: 5 });
    const text = docxText(savedFile());
    for (const words of ['Name', 'Adresse', 'Unterschrift', 'Nom', 'Signature']) expect(text).toMatch(new RegExp(`^${words} _{10,}$`, 'm'));
    expect(text).toContain('Lausanne, 3. Dezember 2026');
    expect(text).toContain('Lausanne, le 3 décembre 2026');
    for (const sender of ['Anna', 'Muster', 'Kirchweg']) expect(text).not.toContain(sender);
  });

  it('make the recipients\' envelopes and labels to go with foyer sheets, without counting them as letters again', async () => {
    const { app, jobs } = services();
    expect(await app.runFoyer(foyer({ output: 'envelopes-pdf', size: 'dl', withCopies: true }))).toMatchObject({ status: 'saved', letters: 10 });
    expect(await app.runFoyer(foyer({ output: 'labels-pdf', withCopies: false }))).toMatchObject({ status: 'saved', letters: 5 });
    const [envelopes, labels] = jobs;
    if (envelopes?.kind !== 'envelopes' || labels?.kind !== 'labels') throw new Error('expected an envelope job, then a label sheet');
    expect(envelopes.envelopes.map((e) => e.recipient.find((line) => /^\d{4} /.test(line)))).toEqual(Array.from({ length: 5 }, () => ['1066 Baku', '3006 Bern']).flat());
    expect(envelopes.envelopes.every((e) => e.size === 'dl')).toBe(true);
    // The writer's own address goes on the envelope by hand, on the same lines as on the sheet.
    expect(envelopes.envelopes[0]?.returnAddress[0]).toMatch(/^Name _{10,}$/);
    expect(labels.sheet.labels).toHaveLength(5);
    expect((await app.lettersSentInYear({ year: new Date().getFullYear() })).letters).toBe(0);
  });

  it('refuse a foyer set with no sheets in any of the campaign\'s languages, in words', async () => {
    const { app, printed } = services();
    expect(await app.runFoyer(foyer({ counts: [{ lang: 'de', count: 0 }, { lang: 'es', count: 4 }] }))).toEqual({ status: 'failed', message: 'no-sheets' });
    expect(printed).toEqual([]);
  });
});
