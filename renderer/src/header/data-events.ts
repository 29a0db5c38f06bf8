type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * Lets the app hear that "Delete all my data" is done and closed, so that it starts its screens
 * afresh (the shell mounted again reads everything from main, as on a first start).
 */
export function onAllDataDeleted(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function allDataDeleted(): void {
  for (const listener of [...listeners]) listener();
}
