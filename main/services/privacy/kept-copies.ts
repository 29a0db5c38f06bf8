import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The names under which the app keeps a JSON file and what it sets aside beside it:
 * - json-file.ts (groups, drafts, print log): `<file>.bak`, `<file>.damaged-<ms>`, `<file>.bak.damaged-<ms>`;
 * - atomic-file.ts: temps `.<file>.<pid>.<n>.tmp` (of the file and of its backup);
 * - json-store.ts (conf: profile, settings): `<name>.corrupt-<ms>.json`, temps `<name>.json.tmp-<digits>`.
 * Deleting a member's data must reach every one of them, not only the file the app reads.
 */
export function isFileOrKeptCopy(entry: string, fileName: string): boolean {
  const stem = fileName.replace(/\.json$/, '');
  return entry === fileName || entry.startsWith(`${fileName}.`) || entry.startsWith(`.${fileName}.`) || entry.startsWith(`${stem}.corrupt-`);
}

export function entriesOf(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes `file` and everything kept beside it under its name; throws when one cannot be removed. */
export function removeFileAndKeptCopies(file: string): void {
  const dir = path.dirname(file);
  for (const entry of entriesOf(dir)) {
    if (isFileOrKeptCopy(entry, path.basename(file))) rmSync(path.join(dir, entry), { force: true, maxRetries: 3 });
  }
}

/**
 * The damaged copies of `file` (never read again by the app, kept for a person to look at) that
 * mention one of `texts`: what deleting those texts from the file itself must also remove.
 */
export function removeDamagedCopiesMentioning(file: string, texts: readonly string[]): void {
  // As JSON writes them: an accented or quoted name is looked for as it stands in the file.
  const needles = texts.map((text) => text.trim()).filter((text) => text.length > 0).map((text) => JSON.stringify(text).slice(1, -1));
  if (needles.length === 0) return;
  const dir = path.dirname(file);
  for (const entry of entriesOf(dir)) {
    if (!entry.startsWith(`${path.basename(file)}.`) || !entry.includes('.damaged-')) continue;
    const copy = path.join(dir, entry);
    let text: string;
    try {
      text = readFileSync(copy, 'utf8');
    } catch {
      continue;
    }
    if (needles.some((needle) => text.includes(needle))) rmSync(copy, { force: true, maxRetries: 3 });
  }
}
