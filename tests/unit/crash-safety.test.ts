import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../main/files/write-atomic';
import { GroupStore } from '../../main/services/batch/group-store';
import { openStoreKeepingCorrupt } from '../../main/services/json-store';
import { LibraryStore } from '../../main/services/library/library-store';
import { ProfileService } from '../../main/services/profile-service';
import { readCampaignFile } from '../../shared/campaign/validate';
import { EXPORT_BYTES, exportBytes, versionOf, type CrashKind } from '../support/crash-writer';

/**
 * Kill-during-write: a child process saves a coordinator's group, the campaign library, the
 * member's profile or an exported PDF over and over through the app's own writers, and is killed
 * with SIGKILL at a random moment — no cleanup, as in a crash or a power cut. After every kill
 * the app's own reader must find one whole version, at least as new as the last save that
 * returned, without falling back on a backup, and with nothing left behind in the folder.
 */

const ROOT = path.join(import.meta.dirname, '../..');
// Inside the project, so the bundles find node_modules, but not in out/ (the installer packs it);
// a folder of this run's own, so two runs at once never rewrite a bundle the other is loading.
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const BUNDLES = mkdtempSync(path.join(ROOT, '.tmp/crash-test-'));
const WRITER = path.join(BUNDLES, 'crash-writer.mjs');
const HOOK = path.join(BUNDLES, 'crash-hook.mjs');
const ROUNDS = 12;
/**
 * A round is a Node start-up: over a hundred in all. The eight tests run at once (each its own
 * folders), so one waits on its child while another's runs; on a machine shared by several people
 * one test has taken over 30 s.
 */
const TEST_TIMEOUT_MS = 240_000;

let workDir = '';
let campaignFile = '';

beforeAll(async () => {
  // Bundled once, so each round costs a Node start-up rather than a TypeScript compile; with the
  // packages in the bundle too, a start-up reads one file instead of hundreds: 40 % less CPU a
  // round (issue 18). They still import node:fs, which the hook changes before they run.
  await build({
    entryPoints: ['crash-writer', 'crash-hook'].map((name) => path.join(ROOT, `tests/support/${name}.ts`)),
    outdir: BUNDLES,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS packages call require() for Node's own modules: give the ES module one.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  workDir = mkdtempSync(path.join(tmpdir(), 'crash-safety-'));
  const read = readCampaignFile(readFileSync(path.join(ROOT, 'tests/fixtures/campaigns/valid/minimal.appeal')), 'minimal.appeal');
  if (!read.ok) throw new Error('fixture campaign does not read');
  campaignFile = path.join(workDir, 'campaign.json');
  writeFileSync(campaignFile, JSON.stringify(read.campaigns[0]));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  rmSync(BUNDLES, { recursive: true, force: true });
});

/** Starts a writer, waits until `saves` versions have been acknowledged, kills it; the last acknowledged version. */
function writeThenKill(kind: CrashKind, folder: string, first: number, saves: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, kind, folder, String(first), campaignFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = first - 1;
    let errors = '';
    let pending = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) acknowledged = Number(line);
      if (acknowledged - first + 1 >= saves) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`the writer stopped by itself (${code}): ${errors}`));
    });
  });
}

/** What a folder holds after a save: anything else is a leftover or a file the reader had to move aside. */
const DATA_FILES: Record<CrashKind, string[]> = {
  group: ['crash-test.json', 'crash-test.json.bak'],
  library: ['library.json', 'library.json.bak'],
  profile: ['profile.json', 'settings.json'],
  export: ['letters.pdf'],
};

function strayFiles(kind: CrashKind, folder: string): string[] {
  return readdirSync(folder).filter((name) => !DATA_FILES[kind].includes(name));
}

/** Reads what the app would read after the crash; returns the version found (undefined: none yet). */
const readers: Record<CrashKind, (folder: string) => number | undefined> = {
  group(folder) {
    const group = new GroupStore(folder).get('crash-test');
    if (!group) return undefined;
    const version = Number(group.name.replace('Group ', ''));
    expect(group.name).toBe(versionOf.groupName(version));
    expect(group.members).toHaveLength(versionOf.memberCount(version));
    for (const member of group.members) expect(member.lastName).toBe(versionOf.familyName(version));
    return version;
  },
  library(folder) {
    const { state, problems } = new LibraryStore(folder, () => new Date()).load();
    // The main file is always whole, so the reader never needs its backup or reports anything.
    expect(problems).toEqual([]);
    if (state.campaigns.length === 0) return undefined;
    const version = Number(state.campaigns[0]?.publisher.replace('Publisher ', ''));
    expect(state.campaigns).toHaveLength(versionOf.campaignCount(version));
    for (const campaign of state.campaigns) expect(campaign.publisher).toBe(versionOf.publisher(version));
    return version;
  },
  profile(folder) {
    const kept: string[] = [];
    const open = (name: string) =>
      openStoreKeepingCorrupt((n) => new Conf({ cwd: folder, configName: n, projectName: 'appeal-letters' }), name, folder, (p) =>
        kept.push(p.keptAs),
      );
    const profile = new ProfileService(open('profile'), open('settings')).getProfile();
    expect(kept).toEqual([]);
    if (profile.firstName === '') return undefined;
    const mark = profile.firstName;
    expect([profile.lastName, profile.street, profile.city]).toEqual([mark, mark, mark.repeat(20)]);
    return Number(mark);
  },
  export(folder) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(folder, 'letters.pdf'));
    } catch {
      return undefined;
    }
    expect(bytes.length).toBe(EXPORT_BYTES);
    const version = Number(bytes.subarray(0, 10).toString());
    expect(Buffer.compare(bytes, exportBytes(version))).toBe(0);
    return version;
  },
};

describe.concurrent.each<CrashKind>(['group', 'library', 'profile', 'export'])('killed while saving: %s', (kind) => {
  it(`finds a whole, up-to-date version after each of ${ROUNDS} kills, and no leftovers`, { timeout: TEST_TIMEOUT_MS }, async () => {
    const folder = mkdtempSync(path.join(workDir, `${kind}-`));
    let next = 1;
    let leftoversSeen = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acknowledged = await writeThenKill(kind, folder, next, 1 + (round % 5));
      if (readdirSync(folder).some((name) => /\.tmp/.test(name))) leftoversSeen++;
      const found = readers[kind](folder);
      expect(found, `round ${round}: no saved version found`).toBeDefined();
      // A save that returned is never lost; one still running when killed may or may not be there.
      expect(found).toBeGreaterThanOrEqual(acknowledged);
      // Nothing had to be recovered or moved aside; an export's temp file waits for its next save.
      expect(strayFiles(kind, folder).filter((name) => kind !== 'export' || !name.endsWith('.tmp'))).toEqual([]);
      next = (found ?? acknowledged) + 1;
    }
    if (kind === 'export') await writeFileAtomic(path.join(folder, 'letters.pdf'), exportBytes(next));
    expect(strayFiles(kind, folder)).toEqual([]);
    console.log(`${kind}: ${leftoversSeen} of ${ROUNDS} kills landed inside a write`);
  });
});

/** Runs a writer that saves version 1, then version 2 killed just before file-system step `step`; true if step was never reached. */
function saveKilledAtStep(kind: CrashKind, folder: string, step: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, WRITER, kind, folder, '1', campaignFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CRASH_AT_STEP: String(step) },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(false);
      else if (code === 0 && output.includes('finished')) resolve(true);
      else reject(new Error(`the writer failed (${code}): ${output}`));
    });
  });
}

describe.concurrent.each<CrashKind>(['group', 'library', 'profile', 'export'])('killed at each file-system step of a save: %s', (kind) => {
  it('finds the old version or the new one, whole, whichever step the crash hit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const found: (number | undefined)[] = [];
    let finished = false;
    for (let step = 1; step < 300 && !finished; step++) {
      const folder = mkdtempSync(path.join(workDir, `${kind}-step-`));
      finished = await saveKilledAtStep(kind, folder, step);
      const version = readers[kind](folder);
      if (finished) {
        expect(version).toBe(2);
        continue;
      }
      expect([1, 2], `killed before step ${step}`).toContain(version);
      found.push(version);
      // Readers clear what the crash left; an export clears it when the same file is next saved.
      if (kind === 'export') await writeFileAtomic(path.join(folder, 'letters.pdf'), exportBytes(3));
      expect(strayFiles(kind, folder)).toEqual([]);
    }
    // The hook really reached into the save (several steps), and the switch from old to new is a
    // single step: some crashes keep version 1, the later ones find version 2, never a mix.
    expect(finished, 'the save ran to its end once the steps were exhausted').toBe(true);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found[0]).toBe(1);
    expect(found).toEqual([...found].sort());
    console.log(`${kind}: ${found.length} steps, old version kept for ${found.filter((v) => v === 1).length}`);
  });
});
