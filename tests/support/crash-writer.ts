/**
 * The writing half of the crash-safety test (tests/unit/crash-safety.test.ts): saves one kind of
 * the app's data over and over through the app's own writers, version after version, and prints
 * each version number once its save has returned. The test kills this process with SIGKILL at a
 * random moment, which is what a power cut or a crash does to a write: no cleanup runs.
 *
 *   node crash-writer.mjs <group|library|profile|export> <folder> <first version> <campaign.json>
 *
 * With CRASH_AT_STEP=n (and `--import crash-hook.mjs`) it saves two versions instead, and the hook
 * kills it before the n-th file-system step of the second save.
 *
 * Every version is self-describing, so the reader can tell a whole version from a mixed one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { writeFileAtomic } from '../../main/files/write-atomic';
import { GroupStore } from '../../main/services/batch/group-store';
import { openStoreKeepingCorrupt } from '../../main/services/json-store';
import { LibraryStore } from '../../main/services/library/library-store';
import { ProfileService } from '../../main/services/profile-service';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import type { Campaign } from '../../shared/campaign/schema';

export type CrashKind = 'group' | 'library' | 'profile' | 'export';

/** What version `version` of each kind holds; the test checks what it reads back against these. */
export const versionOf = {
  groupName: (version: number) => `Group ${version}`,
  memberCount: (version: number) => 40 + (version % 40),
  familyName: (version: number) => `Family ${version}`,
  campaignCount: (version: number) => 20 + (version % 30),
  publisher: (version: number) => `Publisher ${version}`,
  exportByte: (version: number) => version % 251,
};

export const EXPORT_BYTES = 2 * 1024 * 1024;

type Save = (version: number) => void | Promise<void>;

function groupWriter(folder: string): Save {
  const store = new GroupStore(folder);
  return (version) => {
    const members = Array.from({ length: versionOf.memberCount(version) }, (_, n) => ({
      title: '',
      firstName: `Member ${n}`,
      lastName: versionOf.familyName(version),
      street: `Kirchgasse ${n}`,
      addressLine2: '',
      postcode: '3000',
      city: 'Bern',
      country: '',
      language: 'de',
    }));
    store.save({ id: 'crash-test', name: versionOf.groupName(version), members });
  };
}

function libraryWriter(folder: string, campaign: Campaign): Save {
  const store = new LibraryStore(folder, () => new Date());
  return (version) => {
    const campaigns = Array.from({ length: versionOf.campaignCount(version) }, (_, n) => ({
      ...campaign,
      id: `crash-campaign-${n}`,
      publisher: versionOf.publisher(version),
    }));
    store.save({ campaigns, archivedIds: [], deleted: [] });
  };
}

function profileWriter(folder: string): Save {
  const open = (name: string) =>
    openStoreKeepingCorrupt((n) => new Conf({ cwd: folder, configName: n, projectName: 'appeal-letters' }), name, folder, () => {});
  const profiles = new ProfileService(open('profile'), open('settings'));
  return (version) => {
    const mark = String(version);
    profiles.saveProfile({ ...EMPTY_PROFILE, firstName: mark, lastName: mark, street: mark, city: mark.repeat(20) });
  };
}

/** A 2 MB "PDF": its version in the first line, then one byte repeated, so a mix shows. */
export function exportBytes(version: number): Uint8Array {
  const bytes = new Uint8Array(EXPORT_BYTES).fill(versionOf.exportByte(version));
  bytes.set(new TextEncoder().encode(`${String(version).padStart(10, '0')}\n`));
  return bytes;
}

function exportWriter(folder: string): Save {
  return (version) => writeFileAtomic(path.join(folder, 'letters.pdf'), exportBytes(version));
}

async function main(): Promise<void> {
  const [kind, folder, first, campaignFile] = process.argv.slice(2) as [CrashKind, string, string, string];
  const writers: Record<CrashKind, () => Save> = {
    group: () => groupWriter(folder),
    library: () => libraryWriter(folder, JSON.parse(readFileSync(campaignFile, 'utf8')) as Campaign),
    profile: () => profileWriter(folder),
    export: () => exportWriter(folder),
  };
  const save = writers[kind]();
  if (process.env.CRASH_AT_STEP) {
    // One save to fall back to, then one more that the hook kills at the chosen step.
    await save(Number(first));
    (globalThis as { armCrashSteps?: () => void }).armCrashSteps?.();
    await save(Number(first) + 1);
    process.stdout.write('finished\n');
    return;
  }
  for (let version = Number(first); ; version++) {
    await save(version);
    process.stdout.write(`${version}\n`);
  }
}

if (process.argv[1]?.endsWith('crash-writer.mjs')) void main();
