import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/api/contract';
import { formatProblemEnglish } from '../../shared/campaign/format-problem';
import { CampaignLibrary, LibraryError } from '../../main/services/campaign-library';

const fixtures = path.join(import.meta.dirname, '../fixtures/campaigns');
const validDir = path.join(fixtures, 'valid');
const invalidDir = path.join(fixtures, 'invalid');
const validIds = JSON.parse(readFileSync(path.join(validDir, 'expected.json'), 'utf8')) as Record<string, string[]>;
const invalidMessages = JSON.parse(readFileSync(path.join(invalidDir, 'expected.json'), 'utf8')) as Record<string, string>;

type Json = Record<string, unknown>;
const fixture = (name: string) => readFileSync(path.join(validDir, name));
const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Json;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const minimal = parse(fixture('minimal.appeal'));
const withRevision = (revision: number, title = `Revision ${revision}`): Json => ({
  ...minimal,
  revision,
  languages: { en: { title, body: 'Please release the prisoner.' } },
});

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'campaign-library-'));
  folders.push(folder);
  return folder;
}

/** A library in a fresh temp folder; `bundled` names valid fixtures that come with the "app". */
function openLibrary(options: { dataDir?: string; bundled?: string[] } = {}) {
  const root = tempFolder();
  const dataDir = options.dataDir ?? path.join(root, 'data');
  const bundledDir = path.join(root, 'bundled');
  mkdirSync(bundledDir);
  for (const name of options.bundled ?? []) copyFileSync(path.join(validDir, name), path.join(bundledDir, name));
  const now = () => new Date('2024-05-06T07:08:09.010Z');
  return { library: new CampaignLibrary({ dataDir, bundledDir, now }), dataDir, bundledDir, now };
}

function importBytes(library: CampaignLibrary, bytes: Uint8Array, fileName = 'file.appeal'): string[] {
  const preview = library.previewImport(bytes, fileName);
  if (!preview.ok) throw new Error(preview.message);
  return library.confirmImport(preview.token);
}

/** Every file under a folder with the SHA-256 of its bytes (sub-folders listed as such). */
function fingerprint(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        const digest = entry.isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(full)).digest('hex');
        return [path.relative(folder, full), digest] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function problemKeyOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof LibraryError) return error.problem.key;
    throw error;
  }
  return undefined;
}

function okPreview(preview: ImportPreview) {
  if (!preview.ok) throw new Error(preview.message);
  return preview;
}

describe('importing the golden corpus', () => {
  it.each(Object.entries(validIds))('imports %s and keeps every field', (fileName, ids) => {
    const { library } = openLibrary();
    const bytes = fixture(fileName);
    const preview = okPreview(library.previewImport(bytes, fileName));
    expect(preview.added.map((entry) => entry.id)).toEqual(ids);
    expect(library.confirmImport(preview.token)).toEqual(ids);

    const asWritten = parse(bytes);
    for (const campaign of (asWritten.campaigns ?? [asWritten]) as Json[]) {
      expect(library.get(campaign.id as string)).toEqual(campaign);
    }
    expect(library.list().map((summary) => summary.id).sort()).toEqual([...ids].sort());
  });

  describe('refusals leave the library folder byte-identical', () => {
    const cases = Object.entries(invalidMessages).map(([name, message]) => ({
      name,
      bytes: () => new Uint8Array(readFileSync(path.join(invalidDir, name))),
      message,
    }));
    cases.push({
      name: 'six-megabytes.appeal',
      bytes: () => new Uint8Array(6 * 1024 * 1024).fill(0x20),
      message:
        'This file is too large to be a campaign file (more than 5 MB). Please check that you chose the right file.',
    });

    it.each(cases)('$name', ({ name, bytes, message }) => {
      const { library, dataDir } = openLibrary();
      // Two saves, so that both library.json and its backup exist.
      importBytes(library, fixture('minimal.appeal'));
      importBytes(library, fixture('monthly-bundle.appeal'));
      const before = fingerprint(dataDir);
      expect(Object.keys(before)).toEqual(['library.json', 'library.json.bak']);
      const listed = library.list();

      expect(library.previewImport(bytes(), name)).toEqual({ ok: false, fileName: name, message });
      expect(fingerprint(dataDir)).toEqual(before);
      expect(library.list()).toEqual(listed);
    });
  });

  it('changes nothing on disk before the import is confirmed', () => {
    const { library, dataDir } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    const before = fingerprint(dataDir);
    okPreview(library.previewImport(fixture('monthly-bundle.appeal'), 'monthly-bundle.appeal'));
    expect(fingerprint(dataDir)).toEqual(before);
    expect(library.list().map((summary) => summary.id)).toEqual(['minimal-campaign']);
  });

  it('shows titles in the member’s language when the campaign has one', () => {
    const root = tempFolder();
    const library = new CampaignLibrary({
      dataDir: path.join(root, 'data'),
      bundledDir: path.join(root, 'none'),
      preferredLanguage: () => 'fr',
    });
    const preview = okPreview(library.previewImport(fixture('every-optional-field.appeal'), 'a.appeal'));
    expect(preview.added[0]?.title).toBe('Azerbaïdjan : protéger la population arménienne du Haut-Karabakh');
    const other = okPreview(library.previewImport(fixture('minimal.appeal'), 'm.appeal'));
    expect(other.added[0]?.title).toBe('A minimal campaign');
  });
});

describe('export', () => {
  it('round-trips every campaign, unknown fields included', () => {
    const { library } = openLibrary();
    for (const name of Object.keys(validIds)) importBytes(library, fixture(name), name);
    const ids = library.list().map((summary) => summary.id);

    const bundle = library.exportCampaigns(ids);
    const { library: elsewhere } = openLibrary();
    expect(importBytes(elsewhere, bundle, 'export.appeal').sort()).toEqual([...ids].sort());
    for (const id of ids) expect(elsewhere.get(id)).toEqual(library.get(id));
    expect(elsewhere.get('unknown-fields-kept')).toMatchObject({ 'x-editor': { tool: 'campaign-builder' } });
  });

  it('writes one campaign as a campaign file and several as a bundle, as readable JSON', () => {
    const { library } = openLibrary();
    importBytes(library, fixture('monthly-bundle.appeal'));
    const single = new TextDecoder().decode(library.exportCampaigns(['april-2021-second']));
    expect(JSON.parse(single)).toMatchObject({ format: 'appeal-letters/campaign', id: 'april-2021-second', revision: 3 });
    expect(single).toContain('\n  "id": "april-2021-second",\n');

    const several = JSON.parse(new TextDecoder().decode(library.exportCampaigns(['april-2021-first', 'april-2021-third'])));
    expect(several).toMatchObject({ format: 'appeal-letters/bundle', formatVersion: 1 });
    expect(several.campaigns.map((campaign: Json) => campaign.id)).toEqual(['april-2021-first', 'april-2021-third']);
  });

  it('refuses unknown ids and an empty choice', () => {
    const { library } = openLibrary();
    expect(problemKeyOf(() => library.exportCampaigns(['no-such-campaign']))).toBe('campaignNotFound');
    expect(problemKeyOf(() => library.exportCampaigns([]))).toBe('nothingToExport');
  });
});

describe('revisions', () => {
  it('updates to a higher revision and skips an equal or lower one, saying why', () => {
    const { library } = openLibrary();
    importBytes(library, encode(withRevision(2)));

    const newer = okPreview(library.previewImport(encode(withRevision(3)), 'new.appeal'));
    expect(newer.updated).toEqual([{ id: 'minimal-campaign', title: 'Revision 3', from: 2, to: 3 }]);
    expect(library.confirmImport(newer.token)).toEqual(['minimal-campaign']);
    expect(library.get('minimal-campaign')?.revision).toBe(3);

    const same = okPreview(library.previewImport(encode(withRevision(3)), 'same.appeal'));
    expect(same.skipped).toEqual([
      { id: 'minimal-campaign', title: 'Revision 3', reason: 'You already have this campaign (version 3).' },
    ]);
    const older = okPreview(library.previewImport(encode(withRevision(1)), 'old.appeal'));
    expect(older.skipped[0]?.reason).toBe(
      'You already have a newer version of this campaign (you have version 3, this file holds version 1).',
    );
    expect(library.confirmImport(older.token)).toEqual([]);
    expect(library.get('minimal-campaign')?.languages.en?.title).toBe('Revision 3');
  });

  it('treats a missing revision as revision 1', () => {
    const { library } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    expect(okPreview(library.previewImport(encode(withRevision(1)), 'm.appeal')).skipped).toHaveLength(1);
    expect(okPreview(library.previewImport(encode(withRevision(2)), 'm.appeal')).updated).toHaveLength(1);
  });

  it('decides at confirmation, against the library as it is then', () => {
    const { library } = openLibrary();
    const stale = okPreview(library.previewImport(encode(withRevision(2)), 'a.appeal'));
    importBytes(library, encode(withRevision(4)));
    expect(library.confirmImport(stale.token)).toEqual([]);
    expect(library.get('minimal-campaign')?.revision).toBe(4);
  });

  it('accepts a token once', () => {
    const { library } = openLibrary();
    const preview = okPreview(library.previewImport(fixture('minimal.appeal'), 'm.appeal'));
    library.confirmImport(preview.token);
    expect(problemKeyOf(() => library.confirmImport(preview.token))).toBe('importExpired');
    expect(problemKeyOf(() => library.confirmImport('made-up'))).toBe('importExpired');
  });
});

describe('campaigns that come with the app', () => {
  it('are listed, cannot be deleted, and are never written to', () => {
    const { library, bundledDir, dataDir } = openLibrary({ bundled: ['every-optional-field.appeal'] });
    const bundledBefore = fingerprint(bundledDir);
    expect(library.list()).toEqual([
      expect.objectContaining({ id: 'azerbaijan-2020-nagorno-karabakh', bundled: true, archived: false, revision: 2 }),
    ]);
    expect(problemKeyOf(() => library.remove('azerbaijan-2020-nagorno-karabakh'))).toBe('bundledCannotBeRemoved');
    expect(library.get('azerbaijan-2020-nagorno-karabakh')).toBeDefined();
    expect(fingerprint(dataDir)).toEqual({});

    library.archive('azerbaijan-2020-nagorno-karabakh', true);
    expect(library.list()[0]).toMatchObject({ bundled: true, archived: true });
    expect(fingerprint(bundledDir)).toEqual(bundledBefore);
  });

  it('give way to an imported higher revision, which can then be deleted again', () => {
    const { library } = openLibrary({ bundled: ['every-optional-field.appeal'] });
    const bundled = parse(fixture('every-optional-field.appeal'));
    const id = bundled.id as string;
    expect(okPreview(library.previewImport(encode(bundled), 'copy.appeal')).skipped).toHaveLength(1);

    const preview = okPreview(library.previewImport(encode({ ...bundled, revision: 3 }), 'update.appeal'));
    expect(preview.updated).toEqual([expect.objectContaining({ id, from: 2, to: 3, replacesBundled: true })]);
    // Replacing a campaign that came with the app takes the member's deliberate "I trust this file".
    expect(problemKeyOf(() => library.confirmImport(preview.token))).toBe('importNeedsTrust');
    library.confirmImport(preview.token, true);
    expect(library.list()).toEqual([expect.objectContaining({ id, bundled: false, revision: 3 })]);

    library.remove(id);
    expect(library.list()).toEqual([expect.objectContaining({ id, bundled: true, revision: 2 })]);
  });

  it('reports a broken bundled file and still offers the others', () => {
    const { bundledDir } = openLibrary({ bundled: ['minimal.appeal'] });
    writeFileSync(path.join(bundledDir, 'broken.appeal'), '{"format": "appeal-letters/campaign"');
    const library = new CampaignLibrary({ dataDir: path.join(tempFolder(), 'data'), bundledDir });
    expect(library.list().map((summary) => summary.id)).toEqual(['minimal-campaign']);
    expect(library.startupProblems().map(formatProblemEnglish)).toEqual([
      'A campaign that comes with the app (“broken.appeal”) could not be read. ' +
        'This file cannot be read as a campaign file. It may be damaged or only partly copied. Please ask the sender to send it again.',
    ]);
  });
});

describe('the list', () => {
  it('shows the newest campaigns first, with what the campaign list needs', () => {
    const { library } = openLibrary({ bundled: ['every-optional-field.appeal'] });
    importBytes(library, fixture('minimal.appeal'));
    importBytes(library, fixture('monthly-bundle.appeal'));
    expect(library.list().map((summary) => `${summary.published} ${summary.id}`)).toEqual([
      '2021-04-01 april-2021-first',
      '2021-04-01 april-2021-second',
      '2021-04-01 april-2021-third',
      '2021-03-01 minimal-campaign',
      '2020-12-15 azerbaijan-2020-nagorno-karabakh',
    ]);
    expect(library.list().at(-1)).toEqual({
      id: 'azerbaijan-2020-nagorno-karabakh',
      revision: 2,
      bundled: true,
      archived: false,
      publisher: 'ACAT-Switzerland',
      published: '2020-12-15',
      deadline: '2021-01-31',
      country: 'Azerbaijan',
      titles: {
        en: 'Azerbaijan: protect the Armenian population of Nagorno-Karabakh',
        fr: 'Azerbaïdjan : protéger la population arménienne du Haut-Karabakh',
      },
      languages: ['en', 'fr'],
    });
  });
});

describe('archive, delete and undo', () => {
  it('archives and un-archives, and remembers it', () => {
    const { library, dataDir, bundledDir } = openLibrary();
    importBytes(library, fixture('monthly-bundle.appeal'));
    library.archive('april-2021-first', true);
    const reopened = new CampaignLibrary({ dataDir, bundledDir });
    expect(reopened.list().filter((summary) => summary.archived).map((summary) => summary.id)).toEqual(['april-2021-first']);
    reopened.archive('april-2021-first', false);
    expect(reopened.list().some((summary) => summary.archived)).toBe(false);
    expect(problemKeyOf(() => reopened.archive('no-such-campaign', true))).toBe('campaignNotFound');
  });

  it('deletes, and brings back with the archived mark, also after a restart', () => {
    const { library, dataDir, bundledDir } = openLibrary();
    importBytes(library, fixture('monthly-bundle.appeal'));
    const original = library.get('april-2021-third');
    library.archive('april-2021-third', true);
    library.remove('april-2021-third');
    expect(library.get('april-2021-third')).toBeUndefined();
    expect(library.list().map((summary) => summary.id)).not.toContain('april-2021-third');

    const reopened = new CampaignLibrary({ dataDir, bundledDir });
    reopened.undoRemove('april-2021-third');
    expect(reopened.get('april-2021-third')).toEqual(original);
    expect(reopened.list().find((summary) => summary.id === 'april-2021-third')?.archived).toBe(true);
    expect(problemKeyOf(() => reopened.undoRemove('april-2021-third'))).toBe('nothingToUndo');
    expect(problemKeyOf(() => reopened.remove('no-such-campaign'))).toBe('campaignNotFound');
  });

  it('forgets a deleted campaign once it is imported again', () => {
    const { library } = openLibrary();
    importBytes(library, encode(withRevision(1)));
    library.remove('minimal-campaign');
    expect(importBytes(library, encode(withRevision(1)))).toEqual(['minimal-campaign']);
    expect(problemKeyOf(() => library.undoRemove('minimal-campaign'))).toBe('nothingToUndo');
  });
});

describe('safe storage', () => {
  it('keeps the previous state as library.json.bak and leaves no temp files', () => {
    const { library, dataDir } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    const first = readFileSync(path.join(dataDir, 'library.json'));
    importBytes(library, fixture('monthly-bundle.appeal'));
    expect(readFileSync(path.join(dataDir, 'library.json.bak'))).toEqual(first);
    expect(readdirSync(dataDir).sort()).toEqual(['library.json', 'library.json.bak']);
  });

  it('changes nothing when saving fails, and the same import can be retried', () => {
    const { library, dataDir } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    // A folder where the backup must go makes the save fail (even for root, unlike chmod).
    mkdirSync(path.join(dataDir, 'library.json.bak', 'blocker'), { recursive: true });
    const before = fingerprint(dataDir);
    const preview = okPreview(library.previewImport(fixture('monthly-bundle.appeal'), 'b.appeal'));
    expect(problemKeyOf(() => library.confirmImport(preview.token))).toBe('librarySaveFailed');
    expect(fingerprint(dataDir)).toEqual(before);
    expect(library.list().map((summary) => summary.id)).toEqual(['minimal-campaign']);

    rmSync(path.join(dataDir, 'library.json.bak'), { recursive: true });
    expect(library.confirmImport(preview.token)).toHaveLength(3);
  });

  it('keeps a damaged library file aside, reports it, and restores the backup', () => {
    const { library, dataDir, bundledDir } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    importBytes(library, fixture('monthly-bundle.appeal'));
    const garbage = Buffer.from('{"format": "appeal-letters/library", "campaigns": [ \u0000 garbage');
    writeFileSync(path.join(dataDir, 'library.json'), garbage);

    const reopened = new CampaignLibrary({ dataDir, bundledDir, now: () => new Date('2024-05-06T07:08:09.010Z') });
    const keptAs = 'library.corrupt-2024-05-06T07-08-09-010Z.json';
    expect(reopened.startupProblems().map(formatProblemEnglish)).toEqual([
      `The file with your saved campaigns was damaged. It has been kept as “${keptAs}” so that nothing is lost.`,
      'Your campaigns were restored from the last backup. Changes from your last session may be missing; please check your list of campaigns.',
    ]);
    expect(readFileSync(path.join(dataDir, keptAs))).toEqual(garbage);
    // The backup held the state before the bundle was imported.
    expect(reopened.list().map((summary) => summary.id)).toEqual(['minimal-campaign']);

    importBytes(reopened, fixture('monthly-bundle.appeal'));
    importBytes(reopened, fixture('from-email.json'));
    expect(readFileSync(path.join(dataDir, keptAs))).toEqual(garbage);
    expect(new CampaignLibrary({ dataDir, bundledDir }).list()).toHaveLength(5);
  });

  it('never resets silently: without a backup it starts empty, says so, and keeps the file', () => {
    const { dataDir, bundledDir, now } = openLibrary();
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'library.json'), 'not json at all');
    const library = new CampaignLibrary({ dataDir, bundledDir, now });
    expect(library.startupProblems().map((problem) => problem.key)).toEqual(['libraryCorrupt']);
    expect(library.list()).toEqual([]);
    importBytes(library, fixture('minimal.appeal'));
    expect(readFileSync(path.join(dataDir, 'library.corrupt-2024-05-06T07-08-09-010Z.json'), 'utf8')).toBe('not json at all');
  });

  it('treats a library with a damaged campaign inside as damaged, and keeps a damaged backup too', () => {
    const { dataDir, bundledDir, now } = openLibrary();
    mkdirSync(dataDir);
    const tampered = { format: 'appeal-letters/library', version: 1, archivedIds: [], deleted: [], campaigns: [{ ...minimal, published: 'yesterday' }] };
    writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify(tampered));
    writeFileSync(path.join(dataDir, 'library.json.bak'), '{');
    const library = new CampaignLibrary({ dataDir, bundledDir, now });
    expect(library.startupProblems()).toEqual([
      { key: 'libraryCorrupt', params: { fileName: 'library.corrupt-2024-05-06T07-08-09-010Z.json' } },
      { key: 'libraryBackupCorrupt', params: { fileName: 'library-backup.corrupt-2024-05-06T07-08-09-010Z.json' } },
    ]);
    expect(readdirSync(dataDir).sort()).toEqual([
      'library-backup.corrupt-2024-05-06T07-08-09-010Z.json',
      'library.corrupt-2024-05-06T07-08-09-010Z.json',
    ]);
  });

  it('keeps a library written by a newer version of the app instead of overwriting it', () => {
    const { dataDir, bundledDir, now } = openLibrary();
    mkdirSync(dataDir);
    const future = JSON.stringify({ format: 'appeal-letters/library', version: 2, shelves: [] });
    writeFileSync(path.join(dataDir, 'library.json'), future);
    const library = new CampaignLibrary({ dataDir, bundledDir, now });
    expect(library.startupProblems().map((problem) => problem.key)).toEqual(['libraryNewerVersion']);
    importBytes(library, fixture('minimal.appeal'));
    expect(readFileSync(path.join(dataDir, 'library.newer-2024-05-06T07-08-09-010Z.json'), 'utf8')).toBe(future);
  });

  it('restores from the backup when the library file has disappeared', () => {
    const { library, dataDir, bundledDir } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    importBytes(library, fixture('from-email.json'));
    rmSync(path.join(dataDir, 'library.json'));
    const reopened = new CampaignLibrary({ dataDir, bundledDir });
    expect(reopened.startupProblems().map((problem) => problem.key)).toEqual(['libraryRestoredFromBackup']);
    expect(reopened.list().map((summary) => summary.id)).toEqual(['minimal-campaign']);
    expect(readFileSync(path.join(dataDir, 'library.json'))).toEqual(readFileSync(path.join(dataDir, 'library.json.bak')));
  });

  it('removes temp files a crash left behind', () => {
    const { library, dataDir, bundledDir } = openLibrary();
    importBytes(library, fixture('minimal.appeal'));
    // One from a writer that has ended (crashed), one from a writer still running (this process).
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path.join(dataDir, `.library.json.${ended}.0.tmp`), '{"half": ');
    writeFileSync(path.join(dataDir, `.library.json.${process.pid}.999.tmp`), '{"being written": ');
    new CampaignLibrary({ dataDir, bundledDir });
    expect(readdirSync(dataDir).sort()).toEqual([`.library.json.${process.pid}.999.tmp`, 'library.json']);
  });
});
