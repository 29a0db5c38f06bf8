import { useSyncExternalStore } from 'react';

/**
 * What the campaign screens share while the app is open: it outlives a screen (a campaign deleted
 * on its own page is offered back on the list) and is reset when the app starts.
 */
export interface LibrarySession {
  /** Start-up problems as sentences, until the member closes the notice. */
  problems: readonly string[];
  /** The campaign deleted last, while it can be brought back. */
  deleted: { id: string; title: string } | null;
  /** What the last action on the list did ("Saved: april.appeal"). */
  message: string;
  showArchived: boolean;
}

const START: LibrarySession = { problems: [], deleted: null, message: '', showArchived: false };

let session = START;
const listeners = new Set<() => void>();

export function updateSession(patch: Partial<LibrarySession>): void {
  session = { ...session, ...patch };
  for (const listener of listeners) listener();
}

export function resetSession(): void {
  updateSession(START);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useLibrarySession(): LibrarySession {
  return useSyncExternalStore(subscribe, () => session);
}
