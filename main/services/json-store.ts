import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The part of electron-store (and of conf, which it is built on) that the services use. */
export interface JsonStore {
  store: Record<string, unknown>;
}

/** Opens a named store in `dir`; electron-store in the app, conf in tests. */
export type StoreFactory = (name: string) => JsonStore;

/**
 * Opens a store; if its file is unreadable (conf throws on corrupt JSON), the file is kept under
 * a new name and reported, and an empty store takes its place — a member's details are never
 * silently thrown away, as conf's `clearInvalidConfig` would.
 */
export function openStoreKeepingCorrupt(
  factory: StoreFactory,
  name: string,
  dir: string,
  report: (problem: { store: string; keptAs: string }) => void,
): JsonStore {
  removeLeftoverStoreTemps(dir, name);
  try {
    return factory(name);
  } catch {
    const file = path.join(dir, `${name}.json`);
    if (!existsSync(file)) throw new Error(`The ${name} store could not be opened.`);
    const keptAs = path.join(dir, `${name}.corrupt-${Date.now()}.json`);
    renameSync(file, keptAs);
    report({ store: name, keptAs });
    return factory(name);
  }
}

/**
 * conf writes through `atomically`: a temp file `<name>.json.tmp-<10 digits><6 hex>` renamed over
 * the store. A process killed mid-write leaves that temp behind; nothing else would ever remove it.
 */
function removeLeftoverStoreTemps(dir: string, name: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `${name}.json.tmp-`;
  for (const entry of names) {
    const rest = entry.startsWith(prefix) ? entry.slice(prefix.length) : '';
    if (/^\d{10}[a-f0-9]{6}$/.test(rest)) rmSync(path.join(dir, entry), { force: true });
  }
}
