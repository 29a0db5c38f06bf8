import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { apiContract, type AppServices } from '../../shared/api/contract';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { emptyMember } from '../../shared/members/member-rows';
import { createAppServices } from '../../main/services/app-services';
import { BUNDLED_CAMPAIGNS_DIR, RESOURCES_DIR } from '../../main/paths';
import { MEMBER_ZOE } from '../support/seed-letter';
import dePrivacy from '../../shared/i18n/locales/de/privacy.json';
import enPrivacy from '../../shared/i18n/locales/en/privacy.json';
import frPrivacy from '../../shared/i18n/locales/fr/privacy.json';
import itPrivacy from '../../shared/i18n/locales/it/privacy.json';
import { filesMentioning } from '../support/files-mentioning';

const BUNDLED = 'azerbaijan-2020-nagorno-karabakh';
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

function open(userDataDir = mkdtempSync(path.join(tmpdir(), 'delete-data-'))): { app: AppServices; userDataDir: string } {
  folders.push(userDataDir);
  const app = createAppServices({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: { lettersToPdf: async () => new Uint8Array([37, 80]), jobToPdf: async () => new Uint8Array([37, 80]), close: async () => {} } as never,
    printer: { printLetters: async () => 'printed', printJob: async () => 'printed' },
    systemLanguage: () => 'de-CH',
    dialogs: {
      ...{ showOpenCampaign: async () => null, showOpenMemberList: async () => null, showOpenLetter: async () => null },
      ...{ showSave: async () => null, showSaveMemberList: async () => null, showChooseFolder: async () => null },
    },
  });
  return { app, userDataDir };
}

const member = (firstName: string, lastName: string, street: string) => ({ ...emptyMember(), firstName, lastName, street, city: 'Bern' });
const ELODIE = member('Élodie', 'Fässler', 'Brunngasse 7');
const GIOVANNI = member('Giovanni', 'Bernasconi', 'Via Motta 3');

const print = (app: AppServices, groupName: string, members: ReturnType<typeof member>[], jobId: string) =>
  app.runBatch(
    apiContract.runBatch.input.parse({
      jobId,
      groupName,
      members,
      output: 'print',
      settings: { campaignId: BUNDLED, langMode: 'one', lang: 'en', salutationIndex: 0, layout: DEFAULT_LAYOUT, withCopies: false, date: '2026-12-01' },
    }),
  );

const MEMBER_TEXTS = ['Zoë', 'Müller-Lüdenscheidt', 'Rue du Lac 1', 'Élodie', 'Fässler', 'Brunngasse 7', 'Giovanni', 'Bernasconi', 'Kampagne von Zoë', 'Entwurf für Léa'];

/** A member's whole trace: profile, settings, two groups, printed letters, a draft, an imported campaign, backups and damaged copies. */
async function fillWithMemberData(app: AppServices, userDataDir: string): Promise<void> {
  await app.saveProfile(MEMBER_ZOE);
  await app.saveSettings(apiContract.saveSettings.input.parse({ uiLanguage: 'de', welcomeSeen: true }));
  const zug = await app.saveGroup({ name: 'Zug', members: [ELODIE] });
  await app.saveGroup({ id: zug.id, name: 'Zug', members: [ELODIE, GIOVANNI] }); // a second save: groups/<id>.json.bak
  await print(app, 'Zug', [ELODIE], 'job-1');
  await print(app, 'Zug', [ELODIE, GIOVANNI], 'job-2'); // print-log.json.bak
  const draft = await app.newDraft({ from: { kind: 'blank' } });
  const en = { title: 'Entwurf für Léa', subject: '', body: 'Bitte.', footer: '' };
  await app.saveDraft({ draft: { ...draft, campaign: { ...draft.campaign, languages: { ...draft.campaign.languages, en } } } });
  const text = readFileSync(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'), 'utf8')
    .replace(`"${BUNDLED}"`, '"eigene-kampagne"')
    .replace(/"title": "[^"]*"/, '"title": "Kampagne von Zoë"');
  const preview = await app.previewImport({ fileName: 'eigene.appeal', contents: text });
  if (!preview.ok) throw new Error(preview.message);
  await app.confirmImport({ token: preview.token, trusted: false });
  // What the app sets aside when a file cannot be read, and a temp a crash left behind.
  writeFileSync(path.join(userDataDir, 'print-log.json.damaged-1764000000000'), '{"groupName":"Zug","firstName":"Élodie"');
  writeFileSync(path.join(userDataDir, 'profile.corrupt-1764000000000.json'), '{"profile":{"firstName":"Zoë"');
  writeFileSync(path.join(userDataDir, '.print-log.json.4000000.0.tmp'), 'Giovanni');
  writeFileSync(path.join(userDataDir, 'campaigns', 'library.corrupt-2026-12-01T10-00-00-000Z.json'), 'Kampagne von Zoë');
  mkdirSync(path.join(userDataDir, 'drafts'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'drafts', `${draft.id}.json.damaged-1764000000000`), 'Entwurf für Léa');
  expect(filesMentioning(userDataDir, MEMBER_TEXTS).length).toBeGreaterThan(8);
}

describe('"Delete all my data"', () => {
  it('leaves none of the member’s strings in any file of the user data folder, and the app works as on a first start', async () => {
    const { app, userDataDir } = open();
    await fillWithMemberData(app, userDataDir);
    writeFileSync(path.join(userDataDir, 'window-state.json'), '{"width":900}'); // the app's own: no member in it

    expect(await app.deleteAllData(undefined)).toEqual({ ok: true });
    expect(filesMentioning(userDataDir, MEMBER_TEXTS)).toEqual([]);
    expect(readdirSync(userDataDir)).toEqual(['window-state.json']);

    // What is in memory followed the files: empty, and the campaign that came with the app stays.
    expect((await app.getProfile(undefined)).firstName).toBe('');
    expect((await app.getSettings(undefined)).welcomeSeen).toBe(false);
    expect((await app.listCampaigns(undefined)).map((c) => c.id)).toEqual([BUNDLED]);
    expect(await app.listGroups(undefined)).toEqual([]);
    expect(await app.listPrintLog(undefined)).toEqual([]);
    expect(await app.listDrafts(undefined)).toEqual([]);
    expect(await app.libraryProblems(undefined)).toEqual([]);

    // And writing works again, in memory and after a restart.
    await app.saveProfile({ ...MEMBER_ZOE, firstName: 'Léa' });
    await app.saveGroup({ name: 'Aarau', members: [GIOVANNI] });
    expect(await print(app, 'Aarau', [GIOVANNI], 'job-3')).toEqual({ status: 'printed', letters: 1 });
    const restarted = open(userDataDir).app;
    expect((await restarted.getProfile(undefined)).firstName).toBe('Léa');
    expect((await restarted.listPrintLog(undefined)).map((entry) => entry.groupName)).toEqual(['Aarau']);
    expect((await restarted.listCampaigns(undefined)).map((c) => c.id)).toEqual([BUNDLED]);
  });
});

describe('"Delete the print log"', () => {
  it('removes the log, its backup and damaged copies, and leaves the groups and the profile', async () => {
    const { app, userDataDir } = open();
    await fillWithMemberData(app, userDataDir);
    expect(await app.deletePrintLog(undefined)).toEqual({ ok: true });
    expect(readdirSync(userDataDir).filter((name) => name.includes('print-log'))).toEqual([]);
    expect(await app.listPrintLog(undefined)).toEqual([]);
    expect((await app.listGroups(undefined)).map((g) => [g.name, g.memberCount])).toEqual([['Zug', 2]]);
    expect(await app.getProfile(undefined)).toEqual(MEMBER_ZOE);
    expect(await print(app, 'Zug', [ELODIE], 'job-4')).toEqual({ status: 'printed', letters: 1 });
    expect(await app.listPrintLog(undefined)).toHaveLength(1);
  });
});

describe('deleting a group', () => {
  it('removes its members from the print log, its backup and damaged copies, and keeps the other groups’ entries', async () => {
    const { app, userDataDir } = open();
    const zug = await app.saveGroup({ name: 'Zug', members: [ELODIE] });
    await app.saveGroup({ name: 'Aarau', members: [GIOVANNI] });
    await print(app, 'Zug', [ELODIE], 'job-1');
    await print(app, 'Aarau', [GIOVANNI], 'job-2');
    writeFileSync(path.join(userDataDir, 'print-log.json.damaged-1764000000000'), '{"firstName":"Élodie"');
    writeFileSync(path.join(userDataDir, 'groups', `${zug.id}.json.damaged-1764000000000`), '{"firstName":"Élodie"');

    await app.deleteGroup({ id: zug.id });
    expect((await app.listPrintLog(undefined)).map((entry) => [entry.groupName, entry.members.map((m) => m.lastName)])).toEqual([['Aarau', ['Bernasconi']]]);
    expect(filesMentioning(userDataDir, ['Élodie', 'Fässler', 'Brunngasse 7'])).toEqual([]);
    expect(filesMentioning(userDataDir, ['Bernasconi']).sort()).toEqual(expect.arrayContaining(['print-log.json', 'print-log.json.bak']));
  });

  it('of two groups with the same name, removes only the deleted group’s members from their entries', async () => {
    const { app } = open();
    const first = await app.saveGroup({ name: 'Zug', members: [ELODIE] });
    await app.saveGroup({ name: 'Zug', members: [GIOVANNI] });
    await print(app, 'Zug', [ELODIE], 'job-1');
    await print(app, 'Zug', [GIOVANNI], 'job-2');
    await print(app, 'Zug', [ELODIE, GIOVANNI], 'job-3');
    await app.deleteGroup({ id: first.id });
    expect((await app.listPrintLog(undefined)).map((entry) => [entry.id, entry.members.map((m) => m.firstName)])).toEqual([
      ['job-3', ['Giovanni']],
      ['job-2', ['Giovanni']],
    ]);
  });
});

describe('the words of "Your data"', () => {
  it('exist in all four UI languages, under the same keys, each filled in', () => {
    const keys = (catalogue: object, at = ''): string[] =>
      Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'object' ? keys(value as object, `${at}${key}.`) : [`${at}${key}`]));
    const leaves = (catalogue: object): unknown[] => Object.values(catalogue).flatMap((value) => (typeof value === 'object' ? leaves(value as object) : [value]));
    for (const catalogue of [frPrivacy, dePrivacy, itPrivacy]) {
      expect(keys(catalogue)).toEqual(keys(enPrivacy));
      expect(leaves(catalogue).every((text) => typeof text === 'string' && text.trim().length > 0)).toBe(true);
    }
  });
});
