import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { problem, type Problem } from '../../../shared/campaign/problem';
import { removeLeftoverTempFiles, writeFileAtomicSync } from '../../files/atomic-file';
import { LibraryError } from './library-error';
import { EMPTY_LIBRARY, parseLibrary, serializeLibrary, type LibraryState } from './library-file';

type FileRead =
  | { status: 'missing' }
  | { status: 'good'; state: LibraryState; bytes: Buffer }
  | { status: 'damaged' | 'newer' }
  | { status: 'unreadable' };

/**
 * library.json in the data folder, with library.json.bak holding the state before the last
 * save. A file that cannot be used is never overwritten or reset silently: it is moved aside
 * under a new name, kept, and reported; the backup takes its place when it is good.
 */
export class LibraryStore {
  private readonly file: string;
  private readonly backup: string;
  /** False when the library file exists but could neither be read nor moved aside. */
  private writable = true;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {
    this.file = path.join(dataDir, 'library.json');
    this.backup = `${this.file}.bak`;
  }

  load(): { state: LibraryState; problems: Problem[] } {
    removeLeftoverTempFiles(this.file);
    removeLeftoverTempFiles(this.backup);
    const main = read(this.file);
    if (main.status === 'good') return { state: main.state, problems: [] };
    if (main.status === 'unreadable') return this.readOnly();

    const problems: Problem[] = [];
    if (main.status === 'damaged' || main.status === 'newer') {
      const keptAs = this.moveAside(this.file, main.status === 'newer' ? 'library.newer' : 'library.corrupt');
      if (keptAs === undefined) return this.readOnly();
      problems.push(problem(main.status === 'newer' ? 'libraryNewerVersion' : 'libraryCorrupt', { fileName: keptAs }));
    }

    const backup = read(this.backup);
    if (backup.status === 'good') {
      problems.push(problem('libraryRestoredFromBackup'));
      try {
        writeFileAtomicSync(this.file, backup.bytes);
      } catch {
        // The restored state is in memory; the next save writes it.
      }
      return { state: backup.state, problems };
    }
    if (backup.status !== 'missing') {
      const keptAs = this.moveAside(this.backup, 'library-backup.corrupt');
      if (keptAs === undefined) return this.readOnly();
      problems.push(problem('libraryBackupCorrupt', { fileName: keptAs }));
    }
    return { state: EMPTY_LIBRARY, problems };
  }

  /** Keeps the current file as the backup, then replaces it. Throws LibraryError. */
  save(state: LibraryState): void {
    if (!this.writable) throw new LibraryError(problem('libraryReadOnly'));
    try {
      mkdirSync(this.dataDir, { recursive: true });
      if (existsSync(this.file)) writeFileAtomicSync(this.backup, readFileSync(this.file));
      writeFileAtomicSync(this.file, serializeLibrary(state));
    } catch (error) {
      throw new LibraryError(problem('librarySaveFailed'), { cause: error });
    }
  }

  private readOnly(): { state: LibraryState; problems: Problem[] } {
    this.writable = false;
    return { state: EMPTY_LIBRARY, problems: [problem('libraryReadOnly')] };
  }

  /** Renames a file to `<stem>-<timestamp>.json` beside it; returns the new name, or undefined. */
  private moveAside(file: string, stem: string): string | undefined {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    for (let attempt = 0; attempt < 100; attempt++) {
      const name = `${stem}-${stamp}${attempt === 0 ? '' : `-${attempt}`}.json`;
      const target = path.join(this.dataDir, name);
      if (existsSync(target)) continue;
      try {
        renameSync(file, target);
        return name;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

function read(file: string): FileRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'missing' } : { status: 'unreadable' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { status: 'damaged' };
  }
  const parsed = parseLibrary(text);
  if (parsed.ok) return { status: 'good', state: parsed.state, bytes };
  return { status: parsed.reason };
}
