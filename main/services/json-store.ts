import { existsSync, renameSync } from 'node:fs';
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
