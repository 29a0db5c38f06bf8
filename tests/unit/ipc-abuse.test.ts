import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));
const { createOperationHandler, RefusedOperationError } = await import('../../main/ipc/register-operations');

/**
 * A hostile renderer (an XSS in a campaign text, say) can send any structured-cloneable value on
 * any channel. Driven here through the very handler ipcMain calls, over the REAL services on temp
 * folders: the door must refuse or answer in words, never write outside the app's folders, never
 * pollute prototypes, and leave the app working.
 */

// Deep enough that a "../../" from any data file still lands inside `root`, where the snapshot looks.
const root = mkdtempSync(path.join(tmpdir(), 'ipc-abuse-'));
const appDir = path.join(root, 'a', 'b');
const userDataDir = path.join(appDir, 'userData');
/** Where the fake file dialogs point: the member's own choice, so writes there are legitimate. */
const chosenDir = path.join(appDir, 'chosen');
/** A sibling of the data folder with a bait file: nothing may ever touch it. */
const outsideDir = path.join(appDir, 'outside');
[userDataDir, chosenDir, outsideDir].forEach((dir) => mkdirSync(dir, { recursive: true }));
writeFileSync(path.join(outsideDir, 'bait.json'), '{"format":"appeal-letters/group"}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every name a service proposed to a save dialog. */
const proposed: string[] = [];
/** Like pressing Save in the dialog; a proposal that would leave the folder is recorded, never written. */
async function saveAs(name: string): Promise<string | null> {
  proposed.push(name);
  return path.dirname(path.resolve(chosenDir, name)) === chosenDir ? path.join(chosenDir, name) : null;
}

function makeServices(): AppServices {
  return createAppServices({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: { lettersToPdf: async () => new Uint8Array([37, 80]), jobToPdf: async () => new Uint8Array([37, 80]), close: async () => {} } as never,
    printer: { printLetters: async () => 'printed', printJob: async () => 'printed' },
    systemLanguage: () => 'de-CH',
    dialogs: { showOpenCampaign: async () => null, showOpenMemberList: async () => null, showSave: saveAs, showSaveMemberList: saveAs, showChooseFolder: async () => chosenDir },
  });
}
const app = makeServices();

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
  printEnvelopes: { options, profile, withCopies: true, size: 'dl' },
  exportEnvelopesPdf: { options, profile, withCopies: false, size: 'c5' },
  exportLabelsPdf: { options, profile, withCopies: true },
  getGroup: { id: 'no-such-group' }, deleteGroup: { id: 'abuse-group' }, exportGroupCsv: { id: 'abuse-group' },
  saveGroup: { id: 'abuse-group', name: 'Zug', members: [member] },
  runBatch: { ...batch, output: 'pdf-each', padToEven: true },
  runBatchEnvelopes: { ...batch, output: 'labels-pdf', size: 'dl' },
  cancelJob: { jobId: 'job-1' },
} satisfies { [K in OperationName]: OperationInput<K> };

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
class Hung extends Error {}

/** What ipcMain does: a structured clone of the payload into the trusted sender's handler. */
async function call(op: OperationName, payload: unknown, services: AppServices = app): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Hung(`${op} hung`)), 10_000)));
  try {
    return { ok: true, value: await Promise.race([createOperationHandler(op, services, () => true)({} as never, structuredClone(payload)), hung]) };
  } catch (error) {
    if (error instanceof Hung) throw error;
    return { ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What the renderer may receive, read from the services: a result the contract's output schema
 * accepts, the wrapper's refusal, a LibraryError naming only its catalogue key (confirmImport with an
 * unknown token), or a plain Error with one of the two fixed sentences of campaignOrThrow (getCampaign,
 * letters, envelopes, batches) and groupOrThrow (getGroup, exportGroupCsv). Never a TypeError, never
 * text taken from the payload.
 */
const WORDED = ['This campaign is no longer in the library.', 'This group no longer exists.'];
function expectAcceptable(op: OperationName, outcome: Outcome): void {
  if (outcome.ok) {
    expect(apiContract[op].output.safeParse(outcome.value).success, `${op} answered outside its schema`).toBe(true);
    return;
  }
  const { error } = outcome;
  const acceptable =
    error instanceof RefusedOperationError
      ? error.message === `Invalid input for ${op}`
      : error instanceof LibraryError
        ? /^Campaign library: [A-Za-z]+$/.test(error.message)
        : error instanceof Error && error.constructor === Error && WORDED.includes(error.message);
  expect(acceptable, `${op} threw ${String(error)}`).toBe(true);
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
function expectNoPollution(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    expect(Object.hasOwn(proto, 'polluted'), 'a prototype was polluted').toBe(false);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Path, file and device names a hostile renderer would try, including ones aimed at the bait. */
const NASTY = ['../../x', '..\\..\\x', '/etc/passwd', 'C:\\Windows\\x', 'con', 'NUL', 'com1', 'lpt9', '%2e%2e/x', '%2e%2e%2f%2e%2e%2fx', 'a\u0000b', '\u0001\u001b\u007f', '..', '.', ' ', '\\\\server\\share', 'file:///etc/passwd', ...PROTO_KEYS, 'toString', path.join(outsideDir, 'bait'), '../outside/bait', '../../outside/bait', 'job-1', 'abuse-group', CAMPAIGN];
const hostileString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 20 })).map(([a, b]) => a + b),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(21, 61, 65, 101, 121, 261, 100_000).map((n) => 'A'.repeat(n)),
);
const protoObject = fc.dictionary(fc.constantFrom(...PROTO_KEYS, 'polluted'), fc.oneof(fc.constant({ polluted: 'yes' }), fc.jsonValue({ maxDepth: 2 })), { minKeys: 1 });
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.jsonValue({ maxDepth: 3 }), protoObject, fc.anything({ maxDepth: 2 }), fc.constantFrom(null, undefined, true, -1, 1e308, NaN, [], {}));

type Path = (string | number)[];
/** Every node of a payload, the root included. */
function nodePaths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([key, child]) => nodePaths(child, [...at, Array.isArray(value) ? Number(key) : key]))];
}
/** The payload with the node at `at` replaced, or given an own extra key (an own "__proto__" too). */
function mutate(base: unknown, at: Path, key: string | null, value: unknown): unknown {
  const holder: Record<string | number, unknown> = { root: structuredClone(base) };
  let parent = holder;
  let last: string | number = 'root';
  for (const step of at) [parent, last] = [parent[last] as Record<string | number, unknown>, step];
  const node = parent[last];
  if (key !== null && node !== null && typeof node === 'object') Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
  else parent[last] = value;
  return holder.root;
}
const payloads = (op: OperationName) =>
  fc.oneof(
    hostileValue,
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...nodePaths(valid[op])), fc.option(fc.constantFrom(...PROTO_KEYS, 'extra')), hostileValue).map(([at, key, value]) => mutate(valid[op], at, key, value)) },
  );

/**
 * KNOWN WEAKNESS (reported, see the it.fails below): a letter language that names an
 * Object.prototype member ("constructor", "__proto__", "toString" …) makes shared/letter/compose.ts
 * throw a TypeError. Skipped in the fuzz only so that the rest stays checked.
 */
function hitsKnownLangCrash(op: OperationName, payload: unknown): boolean {
  const parsed = apiContract[op].input.safeParse(payload);
  const lang = parsed.success ? (parsed.data as { options?: { lang?: string } } | undefined)?.options?.lang : undefined;
  return lang !== undefined && lang in Object.prototype;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file and folder under `dir` (content hashes where `hash`), skipping the app's own folders. */
function snapshot(dir: string, hash: boolean, into: Record<string, string> = {}): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (abs === userDataDir || abs === chosenDir) continue;
    if (entry.isDirectory()) snapshot(abs, hash, Object.assign(into, { [`${abs}/`]: 'dir' }));
    else into[abs] = hash ? sha(abs) : `${statSync(abs).size}:${statSync(abs).mtimeMs}`;
  }
  return into;
}
const outsideNow = () => ({ ...snapshot(root, true), ...snapshot(RESOURCES_DIR, false) });

/** The data folder holds only the app's own files; ids never became other names. */
function expectFilesInPlace(before: Record<string, string>): void {
  expect(outsideNow()).toEqual(before);
  expect(readdirSync(userDataDir).filter((n) => !/^(groups|campaigns|print-log\.json(\.bak)?|profile\.json|settings\.json)$/.test(n))).toEqual([]);
  const groups = readdirSync(path.join(userDataDir, 'groups'));
  expect(groups.filter((n) => !/^[a-z0-9-]{1,64}\.json(\.bak)?$/.test(n))).toEqual([]);
  // Reserved device names are checked as safeFileName promises (the whole stem); see the report about "nul.txt.csv".
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
  const unsafe = /[\u0000-\u001f<>:"/\\|?*]|^\.+$|[. ]$|^(con|prn|aux|nul|com\d|lpt\d)\.[a-z]+$/i;
  expect(proposed.filter((n) => unsafe.test(n) || !/\.(pdf|docx|csv|appeal)$/.test(n))).toEqual([]);
  // Written whole or not at all: no temp file is left behind.
  expect(readdirSync(chosenDir).filter((n) => unsafe.test(n) || n.endsWith('.tmp'))).toEqual([]);
}

let before: Record<string, string>;
const baseline: Record<string, unknown> = {};
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
const ok = async (op: OperationName, payload: unknown, services: AppServices = app) => {
  const outcome = await call(op, payload, services);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
};

beforeAll(async () => {
  await ok('saveProfile', profile);
  await ok('saveSettings', { uiLanguage: 'en' });
  baseline.group = await ok('getGroup', { id: ((await ok('saveGroup', { name: 'Aarau', members: [member] })) as { id: string }).id });
  await ok('runBatch', { ...batch, jobId: 'baseline-job', output: 'print' });
  for (const op of ['listCampaigns', 'getProfile', 'getSettings', 'listGroups', 'listPrintLog'] as const) baseline[op] = await ok(op, undefined);
  baseline.campaign = await ok('getCampaign', { id: CAMPAIGN });
  before = outsideNow();
});

describe('a hostile renderer at the IPC door', () => {
  it.each(operationNames)('%s: random, mistyped and path-like payloads are refused or answered in words', async (op) => {
    await fc.assert(
      fc.asyncProperty(payloads(op), async (payload) => {
        if (hitsKnownLangCrash(op, payload)) return;
        expectAcceptable(op, await call(op, payload));
        expectNoPollution();
      }),
      { numRuns: fuzzRuns(50) },
    );
    expectFilesInPlace(before);
  });

  it('refuses a wrong type in any field of a valid payload before any service runs', async () => {
    const reached: string[] = [];
    const spied = Object.fromEntries(operationNames.map((op) => [op, (input: never) => (reached.push(op), app[op](input))])) as unknown as AppServices;
    const wrongTypes = [42, 'Ada Secret', true, null, [], { __proto__: null, polluted: 'Ada Secret' }];
    const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
    for (const op of operationNames) {
      for (const at of nodePaths(valid[op])) {
        for (const wrong of wrongTypes.filter((w) => kind(w) !== kind(at.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], valid[op])))) {
          const outcome = await call(op, mutate(valid[op], at, null, wrong), spied);
          const verdict = outcome.ok ? 'answered' : outcome.error instanceof RefusedOperationError ? 'refused' : String(outcome.error);
          expect(verdict, `${op} at ${at.join('.') || '(root)'} given ${kind(wrong)}`).toBe('refused');
          expect(String(outcome.ok || outcome.error)).not.toContain('Ada Secret');
        }
      }
    }
    expect(reached).toEqual([]);
    // The log says where the payload broke the schema, never what it held.
    expect(warn.mock.calls.flat().filter((line) => !/^\[ipc\] refused \w+: invalid input at [\w.,() -]+$/.test(String(line)))).toEqual([]);
  });

  it('turns hostile group and member names into safe file names in the chosen folder', async () => {
    for (const name of NASTY) {
      const saved = await call('saveGroup', { name, members: [{ ...member, firstName: name, lastName: name }] });
      if (!saved.ok) {
        expect(name.trim()).toBe(''); // only a blank name is refused: the schema trims it
        continue;
      }
      const { id } = saved.value as { id: string };
      expect(readdirSync(path.join(userDataDir, 'groups'))).toContain(`${id}.json`);
      expect(await ok('exportGroupCsv', { id })).toMatchObject({ status: 'saved' });
      expect(await ok('runBatch', { ...batch, jobId: 'names', members: [{ ...member, firstName: name, lastName: name }], output: 'pdf-each' })).toMatchObject({ status: 'saved', files: 1 });
      await ok('deleteGroup', { id });
    }
    expect(proposed.length).toBeGreaterThan(NASTY.length);
    expectFilesInPlace(before);
  });

  it('still works afterwards, with the same data as before', async () => {
    expect(await ok('getCampaign', { id: CAMPAIGN })).toEqual(baseline.campaign);
    await ok('archiveCampaign', { id: CAMPAIGN, archived: false }); // the fuzz may have archived it: a legitimate change
    expect(await ok('listCampaigns', undefined)).toEqual(baseline.listCampaigns);
    expect(await ok('getGroup', { id: (baseline.group as { id: string }).id })).toEqual(baseline.group);
    await ok('saveProfile', profile);
    await ok('saveSettings', { uiLanguage: 'en' });
    expect(await ok('getProfile', undefined)).toEqual(baseline.getProfile);
    expect(await ok('getSettings', undefined)).toEqual(baseline.getSettings);
    const entry = (await ok('listPrintLog', undefined)) as { id: string }[];
    expect(entry.find((e) => e.id === 'baseline-job')).toEqual((baseline.listPrintLog as unknown[])[0]);
    const added = (await ok('saveGroup', { name: 'Zug', members: [member, member] })) as { id: string };
    expect(await ok('listGroups', undefined)).toContainEqual(expect.objectContaining({ id: added.id, memberCount: 2 }));

    // A restart reads the same files back, with nothing found damaged.
    const restarted = makeServices();
    expect(await ok('libraryProblems', undefined, restarted)).toEqual([]);
    expect(await ok('getGroup', { id: (baseline.group as { id: string }).id }, restarted)).toEqual(baseline.group);
    expect(await ok('getProfile', undefined, restarted)).toEqual(baseline.getProfile);

    // A campaign file carrying "__proto__" keys imports and exports without polluting anything.
    const preview = (await ok('previewImport', valid.previewImport)) as { ok: boolean; token: string };
    expect(await ok('confirmImport', { token: preview.token })).toEqual(['ipc-abuse-import']);
    expect(await ok('exportCampaigns', { ids: ['ipc-abuse-import'] })).toEqual({ status: 'saved', fileName: 'ipc-abuse-import.appeal' });
    expectNoPollution();
    expectFilesInPlace(before);
  });

  // KNOWN WEAKNESS, reported: flips to a failure once compose.ts looks languages up as own keys only;
  // then delete this test and hitsKnownLangCrash.
  it.fails('a letter language named like an Object.prototype member is answered in words', async () => {
    expectAcceptable('printLetter', await call('printLetter', { ...valid.printLetter, options: { ...options, lang: 'constructor' } }));
  });
});
