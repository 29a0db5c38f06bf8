import { createHash } from 'node:crypto';
import deLibrary from '../../shared/i18n/locales/de/library.json';
import enLibrary from '../../shared/i18n/locales/en/library.json';
import frLibrary from '../../shared/i18n/locales/fr/library.json';
import itLibrary from '../../shared/i18n/locales/it/library.json';
import { bundledCampaign } from '../support/seed-letter';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiContract, operationNames, type AppServices, type OperationInput, type OperationName } from '../../shared/api/contract';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { createAppServices } from '../../main/services/app-services';
import { LibraryError } from '../../main/services/campaign-library';
import { RESOURCES_DIR } from '../../main/paths';
import { fuzzRuns } from '../support/fuzz-runs';

import { createOperationHandler, RefusedOperationError } from '../../main/ipc/operation-handler';

/**
 * A hostile renderer (an XSS in a campaign text, say) can send any structured-cloneable value on any
 * channel. Sent here through the very handler ipcMain calls, to the REAL services on temp folders:
 * the door must refuse or answer in words, never write outside the app's folders, never pollute a
 * prototype, and leave the app working with its data intact.
 */

// Nested so that "../../" from any data file still lands inside `root`, where the snapshot looks.
const root = mkdtempSync(path.join(tmpdir(), 'ipc-abuse-'));
const userDataDir = path.join(root, 'a', 'b', 'userData');
/** Where the fake file dialogs point: the member's own choice, so writes there are legitimate. */
const chosenDir = path.join(root, 'a', 'b', 'chosen');
/** A sibling of the data folder with a bait file that nothing may touch. */
const outsideDir = path.join(root, 'a', 'b', 'outside');
[userDataDir, chosenDir, outsideDir].forEach((dir) => mkdirSync(dir, { recursive: true }));
writeFileSync(path.join(outsideDir, 'bait.json'), '{"format":"appeal-letters/group"}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every name a service proposed to a save dialog. Pressing Save: a name leaving the folder is recorded, not written. */
const proposed: string[] = [];
async function saveAs(name: string): Promise<string | null> {
  proposed.push(name);
  return path.dirname(path.resolve(chosenDir, name)) === chosenDir ? path.join(chosenDir, name) : null;
}

const makeServices = (dataDir = userDataDir): AppServices =>
  createAppServices({
    userDataDir: dataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: dataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: { lettersToPdf: async () => new Uint8Array([37, 80]), jobToPdf: async () => new Uint8Array([37, 80]), close: async () => {} } as never,
    printer: { printLetters: async () => 'printed', printJob: async () => 'printed' },
    systemLanguage: () => 'de-CH',
    dialogs: {
      ...{ showOpenCampaign: async () => null, showOpenMemberList: async () => null, showOpenLetter: async () => null },
      ...{ showSave: saveAs, showSaveMemberList: saveAs, showChooseFolder: async () => chosenDir },
    },
  });
const app = makeServices();
/** Deleting everything is what these do when the payload is right: fuzzed on a data folder of their own, so that the others keep theirs. */
const DELETING = new Set<OperationName>(['deletePrintLog', 'deleteAllData']);
const scratchDir = mkdtempSync(path.join(tmpdir(), 'ipc-abuse-scratch-'));
const scratch = makeServices(scratchDir);
afterAll(() => rmSync(scratchDir, { recursive: true, force: true }));

const CAMPAIGN = 'azerbaijan-2020-nagorno-karabakh';
const options = { campaignId: CAMPAIGN, lang: 'de', salutationIndex: 0, choices: [0], personalText: 'Bitte.', layout: DEFAULT_LAYOUT, date: '2026-12-01' };
const profile = { title: '', firstName: 'Anna', lastName: 'Muster', street: 'Weg 1', postcode: '3000', city: 'Bern', country: 'Schweiz', datePlace: '', initialsOnly: false };
const member = { title: '', firstName: 'Jean', lastName: 'Dupont', street: 'Rue 2', postcode: '1200', city: 'Genève', country: '', language: 'fr' };
const settings = { campaignId: CAMPAIGN, langMode: 'own' as const, lang: 'en', salutationIndex: 0, layout: DEFAULT_LAYOUT, withCopies: true, date: '2026-12-01' };
const batch = { jobId: 'job-1', groupName: 'Zug', members: [member], settings };
/** The bundled campaign under a new id, carrying "__proto__" keys as a hostile file would. */
const importText = readFileSync(path.join(RESOURCES_DIR, 'campaigns', 'azerbaijan-2020.appeal'), 'utf8')
  .replace(`"${CAMPAIGN}"`, '"ipc-abuse-import"')
  .replace('{', '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},');

const DRAFT_ID = '0f0e0d0c-0b0a-4098-8765-43210fedcba9';

/** One valid payload per operation: the compiler makes a new operation of the contract appear here. */
const valid = {
  listCampaigns: undefined, chooseImportFile: undefined, libraryProblems: undefined, getProfile: undefined, getSettings: undefined,
  chooseMemberList: undefined, listGroups: undefined, listPrintLog: undefined,
  getCampaign: { id: CAMPAIGN }, removeCampaign: { id: CAMPAIGN }, undoRemoveCampaign: { id: CAMPAIGN }, exportCampaigns: { ids: [CAMPAIGN] },
  archiveCampaign: { id: CAMPAIGN, archived: false },
  previewImport: { fileName: 'new.appeal', contents: importText },
  confirmImport: { token: 'no-such-token' },
  saveProfile: profile,
  saveSettings: { uiLanguage: 'de', theme: 'standard', zoom: 1.5, welcomeSeen: true, sharedComputer: true, printedToday: { date: '2026-12-01', count: 2 } },
  exportLetter: { options, profile, withCopies: true, format: 'pdf' },
  printLetter: { options, profile, withCopies: false },
  printTestPage: { layout: DEFAULT_LAYOUT }, exportTestPagePdf: { layout: { ...DEFAULT_LAYOUT, preset: 'din-a', offsetMm: { x: 2, y: -3 } } },
  printEnvelopes: { options, profile, withCopies: true, size: 'dl' },
  exportEnvelopesPdf: { options, profile, withCopies: false, size: 'c5' },
  exportLabelsPdf: { options, profile, withCopies: true },
  getGroup: { id: 'no-such-group' }, deleteGroup: { id: 'abuse-group' }, exportGroupCsv: { id: 'abuse-group' },
  saveGroup: { id: 'abuse-group', name: 'Zug', members: [member] },
  runBatch: { ...batch, output: 'pdf-each', padToEven: true },
  runBatchEnvelopes: { ...batch, output: 'labels-pdf', size: 'dl' },
  cancelJob: { jobId: 'job-1' },
  listDrafts: undefined,
  getDraft: { id: DRAFT_ID }, deleteDraft: { id: DRAFT_ID }, publishDraft: { id: DRAFT_ID },
  newDraft: { from: { kind: 'copy', campaignId: CAMPAIGN } },
  draftFromLetter: { source: { kind: 'text', text: 'Dear Mr. President,\n\nPlease act.\n\nYours respectfully,' }, language: 'en' },
  addLetterLanguage: { id: DRAFT_ID, source: { kind: 'file' }, language: 'fr' },
  saveDraft: { draft: { id: DRAFT_ID, updated: '', origin: { kind: 'blank' }, recognition: {}, campaign: { ...bundledCampaign(), id: '' } } },
  deletePrintLog: undefined, deleteAllData: undefined,
  runFoyer: { jobId: 'job-2', campaignId: CAMPAIGN, counts: [{ lang: 'de', count: 2 }, { lang: 'fr', count: 1 }], choices: [1], place: '', withCopies: true, layout: DEFAULT_LAYOUT, date: '2026-12-01', output: 'pdf' },
  mailingSummary: { campaignId: CAMPAIGN, letters: [{ lang: 'de', count: 3 }], withCopies: true },
  outputMailingSummary: { campaignId: CAMPAIGN, letters: [{ lang: 'fr', count: 1 }], withCopies: false, output: 'docx' },
  getPostagePrices: undefined, savePostagePrices: { home: 1.2, abroad: 2.5, byRegion: { AZ: 2.8 } },
  lettersSentInYear: { year: 2026 }, exportLettersSentCsv: { year: 2026 },
} satisfies { [K in OperationName]: OperationInput<K> };

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
class Hung extends Error {}

/** What ipcMain does with an invoke: a structured clone of the payload, into the operation's handler. */
async function call(op: OperationName, payload: unknown, services: AppServices = app): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Hung(`${op} hung`)), 10_000)));
  const answer = createOperationHandler(op, services, () => true)({} as never, structuredClone(payload));
  const outcome = await Promise.race([answer, hung]).then((value): Outcome => ({ ok: true, value }), (error: unknown): Outcome => ({ ok: false, error }));
  clearTimeout(timer);
  if (!outcome.ok && outcome.error instanceof Hung) throw outcome.error;
  return outcome;
}
const ok = async (op: OperationName, payload: unknown, services: AppServices = app) => {
  const outcome = await call(op, payload, services);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
};

/**
 * What the renderer may get back, read from the services: a result the contract's output schema
 * accepts; the wrapper's RefusedOperationError; a LibraryError naming only its catalogue key
 * (confirmImport with an unknown token); or a plain Error with the fixed sentence of campaignOrThrow
 * (getCampaign, letters, envelopes, batches) or groupOrThrow (getGroup, exportGroupCsv). Never a
 * TypeError or the like, never text taken from the payload.
 */
const WORDED = ['This campaign is no longer in the library.', 'This group no longer exists.', ...[enLibrary, frLibrary, deLibrary, itLibrary].map((c) => c.fromMain.draftMissing)];
function expectAcceptable(op: OperationName, outcome: Outcome): void {
  if (outcome.ok) return void expect(apiContract[op].output.safeParse(outcome.value).success, `${op} answered outside its schema`).toBe(true);
  const { error } = outcome;
  const acceptable =
    error instanceof RefusedOperationError
      ? error.message === `Invalid input for ${op}`
      : error instanceof LibraryError
        ? /^Campaign library: [A-Za-z]+$/.test(error.message)
        : error instanceof Error && error.constructor === Error && WORDED.includes(error.message);
  expect(acceptable, `${op} threw ${String(error)}`).toBe(true);
}

const expectNoPollution = () =>
  expect([Object.prototype, Array.prototype, Function.prototype, String.prototype].filter((proto) => Object.hasOwn(proto, 'polluted'))).toEqual([]);

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
/** Path, file and device names a hostile renderer would try, some aimed at the bait or at real ids. */
const NASTY = [
  ...['../../x', '..\\..\\x', '/etc/passwd', 'C:\\Windows\\x', 'con', 'NUL', 'com1', 'lpt9', '%2e%2e/x', '%2e%2e%2f%2e%2e%2fx', '..', '.', ' '],
  ...['a\u0000b', '\u0001\u001b\u007f', '\\\\server\\share', 'file:///etc/passwd', ...PROTO_KEYS, 'toString', 'job-1', 'abuse-group', CAMPAIGN],
  ...[path.join(outsideDir, 'bait'), '../outside/bait', '../../outside/bait'],
];
const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 20 })).map(([a, b]) => a + b),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(21, 61, 65, 101, 121, 261, 100_000).map((n) => 'A'.repeat(n)),
);
const protoValue = fc.oneof(fc.constant({ polluted: 'yes' }), fc.jsonValue({ maxDepth: 2 }));
const protoObject = fc.dictionary(fc.constantFrom(...PROTO_KEYS, 'polluted'), protoValue, { minKeys: 1 });
const oddValues = fc.constantFrom(null, undefined, true, -1, 1e308, NaN, [], {});
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.jsonValue({ maxDepth: 3 }), protoObject, fc.anything({ maxDepth: 2 }), oddValues);

type Path = (string | number)[];
/** Every node of a payload, the root included. */
const nodePaths = (value: unknown, at: Path = []): Path[] =>
  value === null || typeof value !== 'object'
    ? [at]
    : [at, ...Object.entries(value).flatMap(([key, child]) => nodePaths(child, [...at, Array.isArray(value) ? Number(key) : key]))];
/** The payload with the node at `at` replaced, or given an own extra key ("__proto__" included). */
function mutate(base: unknown, at: Path, key: string | null, value: unknown): unknown {
  const holder: Record<string | number, unknown> = { root: structuredClone(base) };
  let [parent, last]: [Record<string | number, unknown>, string | number] = [holder, 'root'];
  for (const step of at) [parent, last] = [parent[last] as Record<string | number, unknown>, step];
  const node = parent[last];
  const own = { value, enumerable: true, configurable: true, writable: true };
  if (key !== null && node !== null && typeof node === 'object') Object.defineProperty(node, key, own);
  else parent[last] = value;
  return holder.root;
}
/** Mostly a valid payload with one hostile change, so that the services behind the schema get their share. */
const mutated = (op: OperationName) =>
  fc
    .tuple(fc.constantFrom(...nodePaths(valid[op])), fc.option(fc.constantFrom(...PROTO_KEYS, 'extra')), hostileValue)
    .map(([at, key, value]) => mutate(valid[op], at, key, value));
const payloads = (op: OperationName) => fc.oneof(hostileValue, { weight: 3, arbitrary: mutated(op) });

/** Every file and folder under `dir` but the app's own two (content hashes, or size and time when `hash` is off). */
function snapshot(dir: string, hash: boolean, into: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (abs === userDataDir || abs === chosenDir) continue;
    if (entry.isDirectory()) snapshot(abs, hash, Object.assign(into, { [`${abs}/`]: 'dir' }));
    else into[abs] = hash ? createHash('sha256').update(readFileSync(abs)).digest('hex') : `${statSync(abs).size}:${statSync(abs).mtimeMs}`;
  }
  return into;
}
const outsideNow = () => ({ ...snapshot(root, true), ...snapshot(RESOURCES_DIR, false) });
let before: Record<string, string>;

/** Nothing changed outside; inside, only the app's own names: no id or name became a path of its own. */
function expectFilesInPlace(): void {
  expect(outsideNow()).toEqual(before);
  expect(readdirSync(userDataDir).filter((n) => !/^(groups|campaigns|drafts|(print-log|letters-sent|postage-prices)\.json(\.bak)?|profile\.json|settings\.json)$/.test(n))).toEqual([]);
  // Draft files are named by main's own UUIDs, whatever id a payload carried.
  const drafts = existsSync(path.join(userDataDir, 'drafts')) ? readdirSync(path.join(userDataDir, 'drafts')) : [];
  expect(drafts.filter((n) => !/^[a-f0-9-]{8,64}\.json(\.bak)?$/.test(n))).toEqual([]);
  const device = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
  expect(readdirSync(path.join(userDataDir, 'groups')).filter((n) => !/^[a-z0-9-]{1,64}\.json(\.bak)?$/.test(n) || device.test(n))).toEqual([]);
  // Windows treats "NUL.txt.csv" as the device NUL; a leading dot hides a file on macOS and Linux.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const unsafe = /[\u0000-\u001f<>:"/\\|?*]|^\.|[. ]$|^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
  expect(proposed.filter((n) => unsafe.test(n) || !/\.(pdf|docx|csv|appeal)$/.test(n))).toEqual([]);
  // Written whole or not at all: no temp file stays behind.
  expect(readdirSync(chosenDir).filter((n) => unsafe.test(n) || n.endsWith('.tmp'))).toEqual([]);
}

const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
const baseline: Record<string, unknown> = {};
const baselineGroup = () => ({ id: (baseline.group as { id: string }).id });

beforeAll(async () => {
  await ok('saveProfile', profile);
  await ok('saveSettings', { uiLanguage: 'en' });
  baseline.group = await ok('getGroup', await ok('saveGroup', { name: 'Aarau', members: [member] }));
  await ok('runBatch', { ...batch, jobId: 'baseline-job', output: 'print' });
  for (const op of ['listCampaigns', 'getProfile', 'getSettings', 'listPrintLog'] as const) baseline[op] = await ok(op, undefined);
  baseline.campaign = await ok('getCampaign', { id: CAMPAIGN });
  before = outsideNow();
});

describe('a hostile renderer at the IPC door', () => {
  it.each(operationNames)('%s: random, mistyped and path-like payloads are refused or answered in words', async (op) => {
    await fc.assert(
      fc.asyncProperty(payloads(op), async (payload) => {
        expectAcceptable(op, await call(op, payload, DELETING.has(op) ? scratch : app));
        expectNoPollution();
      }),
      { numRuns: fuzzRuns(50) },
    );
    expectFilesInPlace();
  });

  it('refuses a wrong type in any field of a valid payload before any service runs', async () => {
    const reached: string[] = [];
    const spied = Object.fromEntries(operationNames.map((op) => [op, (input: never) => (reached.push(op), app[op](input))])) as unknown as AppServices;
    const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
    const valueAt = (op: OperationName, at: Path) => at.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], valid[op]);
    for (const op of operationNames) {
      for (const at of nodePaths(valid[op])) {
        for (const wrong of [42, 'Ada Secret', true, null, [], { polluted: 'Ada Secret' }].filter((w) => kind(w) !== kind(valueAt(op, at)))) {
          const outcome = await call(op, mutate(valid[op], at, null, wrong), spied);
          const verdict = outcome.ok ? 'answered' : outcome.error instanceof RefusedOperationError ? 'refused' : String(outcome.error);
          expect(verdict, `${op} at ${at.join('.') || '(root)'} given ${kind(wrong)}`).toBe('refused');
          expect(String(outcome.ok || outcome.error)).not.toContain('Ada Secret');
        }
      }
    }
    expect(reached).toEqual([]);
    // The log (of this test and of all the fuzzing before it) says where a payload broke the schema, never what it held.
    expect(warn.mock.calls.flat().filter((line) => !/^\[ipc\] refused \w+: invalid input at [\w.,() ?-]+$/.test(String(line)))).toEqual([]);
  });

  it('turns hostile group and member names into safe file names in the folder the member chose', async () => {
    const proposedBefore = proposed.length;
    for (const name of NASTY) {
      const members = [{ ...member, firstName: name, lastName: name }];
      const saved = await call('saveGroup', { name, members });
      if (!saved.ok) {
        expect(name.trim()).toBe(''); // only a blank name is refused: the schema trims it
        continue;
      }
      const { id } = saved.value as { id: string };
      expect(readdirSync(path.join(userDataDir, 'groups'))).toContain(`${id}.json`);
      expect(await ok('exportGroupCsv', { id })).toMatchObject({ status: 'saved' });
      expect(await ok('runBatch', { ...batch, jobId: 'names', members, output: 'pdf-each' })).toMatchObject({ status: 'saved', files: 1 });
      await ok('deleteGroup', { id });
    }
    expect(proposed.length - proposedBefore).toBe(NASTY.length - 1);
    expectFilesInPlace();
  });

  it('still works afterwards, with the same data as before', async () => {
    expect(await ok('getCampaign', { id: CAMPAIGN })).toEqual(baseline.campaign);
    await ok('archiveCampaign', { id: CAMPAIGN, archived: false }); // the fuzz may have archived it, as a member may
    expect(await ok('listCampaigns', undefined)).toEqual(baseline.listCampaigns);
    expect(await ok('getGroup', baselineGroup())).toEqual(baseline.group);
    // The log keeps the last 100 jobs, so the fuzz's own may have pushed ours out: a new job logs the same entry.
    await ok('runBatch', { ...batch, jobId: 'after-job', output: 'print' });
    const [latest] = (await ok('listPrintLog', undefined)) as object[];
    expect({ ...latest, id: 'baseline-job', when: '' }).toEqual({ ...(baseline.listPrintLog as object[])[0], when: '' });
    // The fuzz saved its own profile and settings, as a member may: saving ours again reads back as at the start.
    await ok('saveProfile', profile);
    await ok('saveSettings', { uiLanguage: 'en' });
    expect(await ok('getProfile', undefined)).toEqual(baseline.getProfile);
    expect(await ok('getSettings', undefined)).toEqual(baseline.getSettings);
    const added = (await ok('saveGroup', { name: 'Zug', members: [member, member] })) as { id: string };
    expect(await ok('listGroups', undefined)).toContainEqual(expect.objectContaining({ id: added.id, memberCount: 2 }));

    // A restart reads the same files back and finds nothing damaged.
    const restarted = makeServices();
    expect(await ok('libraryProblems', undefined, restarted)).toEqual([]);
    expect(await ok('getGroup', baselineGroup(), restarted)).toEqual(baseline.group);
    expect(await ok('getProfile', undefined, restarted)).toEqual(baseline.getProfile);

    // A campaign file carrying "__proto__" keys imports and exports without polluting anything.
    const preview = (await ok('previewImport', valid.previewImport)) as { token: string };
    expect(await ok('confirmImport', { token: preview.token })).toEqual(['ipc-abuse-import']);
    expect(await ok('exportCampaigns', { ids: ['ipc-abuse-import'] })).toEqual({ status: 'saved', fileName: 'ipc-abuse-import.appeal' });
    expectNoPollution();
    expectFilesInPlace();
  });

  it('a letter language named like a built-in member of every object ("constructor") is answered in words', async () => {
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expectAcceptable('printLetter', await call('printLetter', { ...valid.printLetter, options: { ...options, lang } }));
    }
  });
});
