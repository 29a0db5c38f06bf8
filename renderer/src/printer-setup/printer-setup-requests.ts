type Listener = () => void;

const listeners = new Set<Listener>();

/**
 * "Envelope and printer set-up…" sits in Settings and on step 4; the page is a place of the app.
 * The buttons ask here, the app listens and shows the page.
 */
export function onPrinterSetupRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function openPrinterSetup(): void {
  for (const listener of listeners) listener();
}
