type Listener = (draftId: string) => void;

const listeners = new Set<Listener>();

/**
 * "Edit this campaign" and "Make a copy to edit" sit deep in a campaign's page; the editor is
 * another place of the app. The page asks here, the app listens and opens the editor on the draft.
 */
export function onEditorRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function openInEditor(draftId: string): void {
  for (const listener of listeners) listener(draftId);
}
