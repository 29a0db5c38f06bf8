import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices, ImportPreview } from '../../shared/api/contract';
import frImport from '../../shared/i18n/locales/fr/import.json';
import frLibrary from '../../shared/i18n/locales/fr/library.json';
import { localIsoDate } from '../../shared/letter/today';
import { RESOURCES_DIR } from '../../main/paths';
import { campaignServices } from '../../main/services/operations/campaign-services';
import type { Dialogs } from '../../main/services/ports';
import { createServiceContext, type AppServiceDeps } from '../../main/services/service-context';

const validDir = path.join(import.meta.dirname, '../fixtures/campaigns/valid');
const BUNDLED_ID = 'azerbaijan-2020-nagorno-karabakh';
const BUNDLE_IDS = ['april-2021-first', 'april-2021-second', 'april-2021-third'];

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'campaign-services-'));
  folders.push(folder);
  return folder;
}

type CampaignServices = Pick<
  AppServices,
  | 'listCampaigns'
  | 'getCampaign'
  | 'chooseImportFile'
  | 'confirmImport'
  | 'archiveCampaign'
  | 'removeCampaign'
  | 'undoRemoveCampaign'
  | 'exportCampaigns'
  | 'libraryProblems'
>;

interface Harness {
  services: CampaignServices;
  userDataDir: string;
  outputDir: string;
  /** What the save dialog was asked: the proposed name and the format. */
  saveRequests: { defaultName: string; format: string }[];
  /** The next answers of the save dialog (file names in outputDir; null = cancelled). */
  saveAnswers: (string | null)[];
  openAnswers: string[];
}

/** The campaign services over real folders, with the bundled campaigns of resources/. */
function openServices(options: { userDataDir?: string; systemLanguage?: string } = {}): Harness {
  const userDataDir = options.userDataDir ?? tempFolder();
  const outputDir = tempFolder();
  const saveRequests: Harness['saveRequests'] = [];
  const saveAnswers: Harness['saveAnswers'] = [];
  const openAnswers: string[] = [];
  // The only seams these services use; the others are not part of this area.
  const dialogs: Pick<Dialogs, 'showOpenCampaign' | 'showSave'> = {
    showOpenCampaign: async () => openAnswers.shift() ?? null,
    showSave: async (defaultName, format) => {
      saveRequests.push({ defaultName, format });
      const answer = saveAnswers.shift();
      return answer ? path.join(outputDir, answer) : null;
    },
  };
  const ctx = createServiceContext({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: {} as AppServiceDeps['pdfEngine'],
    printer: {} as AppServiceDeps['printer'],
    dialogs: dialogs as Dialogs,
    systemLanguage: () => options.systemLanguage ?? 'en-GB',
  });
  return { services: campaignServices(ctx) as CampaignServices, userDataDir, outputDir, saveRequests, saveAnswers, openAnswers };
}

async function importFile(app: Harness, file: string): Promise<Extract<ImportPreview, { ok: true }>> {
  app.openAnswers.push(file);
  const preview = await app.services.chooseImportFile(undefined);
  if (!preview?.ok) throw new Error(`not imported: ${preview?.message ?? 'cancelled'}`);
  await app.services.confirmImport({ token: preview.token, trusted: false });
  return preview;
}

const fill = (template: string, fileName = '') => template.replace('{{fileName}}', fileName);

const ids = async (app: Harness, archived = false) =>
  (await app.services.listCampaigns(undefined)).filter((c) => c.archived === archived).map((c) => c.id).sort();

describe('the campaign services', () => {
  it('export a bundle that imports again to the same campaigns, and a second import finds nothing new', async () => {
    const app = openServices();
    await importFile(app, path.join(validDir, 'monthly-bundle.appeal'));
    app.saveAnswers.push('two.appeal');
    const result = await app.services.exportCampaigns({ ids: ['april-2021-first', 'april-2021-second'] });
    expect(result).toEqual({ status: 'saved', fileName: 'two.appeal' });
    expect(app.saveRequests).toEqual([{ defaultName: `campaigns-${localIsoDate()}.appeal`, format: 'appeal' }]);
    // Written atomically: the file and nothing else (no temp file left behind).
    expect(readdirSync(app.outputDir)).toEqual(['two.appeal']);
    const exported = path.join(app.outputDir, 'two.appeal');

    const elsewhere = openServices();
    const preview = await importFile(elsewhere, exported);
    expect(preview.added.map((c) => c.title)).toEqual(['First appeal of April', 'Second appeal of April']);
    for (const id of ['april-2021-first', 'april-2021-second']) {
      expect(await elsewhere.services.getCampaign({ id })).toEqual(await app.services.getCampaign({ id }));
    }

    elsewhere.openAnswers.push(exported);
    const again = await elsewhere.services.chooseImportFile(undefined);
    expect(again).toMatchObject({ ok: true, added: [], updated: [] });
    expect(again?.ok && again.skipped.map((c) => c.reason)).toEqual([
      'You already have this campaign (version 1).',
      'You already have this campaign (version 3).',
    ]);
  });

  it('export one campaign under its own name, and write nothing when the member cancels', async () => {
    const app = openServices();
    app.saveAnswers.push(null);
    expect(await app.services.exportCampaigns({ ids: [BUNDLED_ID] })).toEqual({ status: 'cancelled' });
    expect(app.saveRequests).toEqual([{ defaultName: `${BUNDLED_ID}.appeal`, format: 'appeal' }]);
    expect(readdirSync(app.outputDir)).toEqual([]);

    app.saveAnswers.push('seed.appeal');
    expect(await app.services.exportCampaigns({ ids: [BUNDLED_ID, BUNDLED_ID] })).toEqual({ status: 'saved', fileName: 'seed.appeal' });
    const file = JSON.parse(readFileSync(path.join(app.outputDir, 'seed.appeal'), 'utf8')) as { id?: string };
    expect(file.id).toBe(BUNDLED_ID);
  });

  it('say in words when a campaign to export is gone or the file cannot be written', async () => {
    const app = openServices();
    expect(await app.services.exportCampaigns({ ids: ['no-such-campaign'] })).toEqual({
      status: 'failed',
      message: 'This campaign is no longer in your list.',
    });
    expect(app.saveRequests).toEqual([]); // no dialog for a file that cannot be made

    app.saveAnswers.push(path.join('missing-folder', 'seed.appeal'));
    expect(await app.services.exportCampaigns({ ids: [BUNDLED_ID] })).toEqual({
      status: 'failed',
      message: 'The file could not be saved. Please try again, or save it in another folder.',
    });
  });

  it('delete a campaign, bring it back with undo, and keep both across a restart', async () => {
    const app = openServices();
    await importFile(app, path.join(validDir, 'monthly-bundle.appeal'));
    expect(await app.services.removeCampaign({ id: 'april-2021-second' })).toEqual({ ok: true });
    expect(await ids(app)).toEqual(['april-2021-first', 'april-2021-third', BUNDLED_ID]);
    await expect(app.services.getCampaign({ id: 'april-2021-second' })).rejects.toThrow();
    expect(await ids(openServices({ userDataDir: app.userDataDir }))).not.toContain('april-2021-second');

    expect(await app.services.undoRemoveCampaign({ id: 'april-2021-second' })).toEqual({ ok: true });
    expect(await ids(app)).toEqual([...BUNDLE_IDS, BUNDLED_ID].sort());
    expect(await ids(openServices({ userDataDir: app.userDataDir }))).toContain('april-2021-second');
    expect(await app.services.undoRemoveCampaign({ id: 'april-2021-second' })).toEqual({
      ok: false,
      message: 'There is no deleted campaign to bring back.',
    });
  });

  it('archive a campaign and put it back, remembered across a restart', async () => {
    const app = openServices();
    await importFile(app, path.join(validDir, 'monthly-bundle.appeal'));
    expect(await app.services.archiveCampaign({ id: 'april-2021-first', archived: true })).toEqual({ ok: true });
    expect(await app.services.archiveCampaign({ id: BUNDLED_ID, archived: true })).toEqual({ ok: true });
    expect(await ids(app, true)).toEqual(['april-2021-first', BUNDLED_ID]);
    const restarted = openServices({ userDataDir: app.userDataDir });
    expect(await ids(restarted, true)).toEqual(['april-2021-first', BUNDLED_ID]);

    expect(await restarted.services.archiveCampaign({ id: 'april-2021-first', archived: false })).toEqual({ ok: true });
    expect(await ids(restarted, true)).toEqual([BUNDLED_ID]);
    expect(await restarted.services.archiveCampaign({ id: 'gone', archived: true })).toEqual({
      ok: false,
      message: 'This campaign is no longer in your list.',
    });
  });

  it('refuse to delete a bundled campaign, in the member’s language', async () => {
    const app = openServices();
    expect(await app.services.removeCampaign({ id: BUNDLED_ID })).toEqual({
      ok: false,
      message: 'This campaign comes with the app and cannot be deleted. You can archive it instead.',
    });
    const german = openServices({ systemLanguage: 'de-CH' });
    expect(await german.services.removeCampaign({ id: BUNDLED_ID })).toEqual({
      ok: false,
      message: 'Diese Kampagne gehört zum Programm und kann nicht gelöscht werden. Sie können sie stattdessen archivieren.',
    });
    expect(await ids(app)).toContain(BUNDLED_ID);
  });

  it('report damaged files kept aside at start-up, in sentences naming the kept file only', async () => {
    const first = openServices();
    await importFile(first, path.join(validDir, 'monthly-bundle.appeal'));
    await importFile(first, path.join(validDir, 'minimal.appeal'));
    expect(await first.services.libraryProblems(undefined)).toEqual([]);
    const { userDataDir } = first;
    writeFileSync(path.join(userDataDir, 'campaigns', 'library.json'), '{ damaged');
    writeFileSync(path.join(userDataDir, 'profile.json'), '{ damaged');

    const app = openServices({ userDataDir, systemLanguage: 'fr-CH' });
    const problems = await app.services.libraryProblems(undefined);
    const keptLibrary = readdirSync(path.join(userDataDir, 'campaigns')).find((name) => name.startsWith('library.corrupt-'));
    const keptProfile = readdirSync(userDataDir).find((name) => name.startsWith('profile.corrupt-'));
    expect(keptLibrary && keptProfile).toBeTruthy();
    expect(problems).toEqual([
      fill(frImport.libraryCorrupt, keptLibrary),
      frImport.libraryRestoredFromBackup,
      fill(frLibrary.fromMain.profileKept, keptProfile),
    ]);
    expect(problems.join(' ')).not.toContain(userDataDir);
    // The backup held the library before the last import.
    expect(await ids(app)).toEqual([...BUNDLE_IDS, BUNDLED_ID].sort());
    expect(existsSync(path.join(userDataDir, 'campaigns', 'library.json'))).toBe(true);
  });
});
