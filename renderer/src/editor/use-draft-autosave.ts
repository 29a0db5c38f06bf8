import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/api/contract';
import { api } from '../api';

/** As for groups (group-editor.tsx): not on every key, and nothing lost when the screen is left. */
export const DRAFT_SAVE_DELAY_MS = 800;

export type DraftSaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

// The last save sent: a draft opened again waits for it, so that it never reads an older file.
let lastSave: Promise<unknown> = Promise.resolve();
export function afterSaves(): Promise<unknown> {
  return lastSave;
}

/**
 * The draft on screen, saved ~0.8 s after the last change, when the editor is left and when the
 * window closes (the pattern of group-editor.tsx). `stored` is what the disk holds: the editor's
 * own record, so a late answer never moves what is on screen.
 */
export function useDraftAutosave(initial: Draft, failedText: string) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [stored, setStored] = useState<Draft>(initial);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  const changed = draft !== stored;

  const mounted = useRef(true);
  // Set once the draft is deleted: nothing may write it back afterwards.
  const discarded = useRef(false);
  const save = async (): Promise<boolean> => {
    if (discarded.current) return true;
    const sent = draft;
    if (mounted.current) setState({ kind: 'saving' });
    const request = api.saveDraft({ draft: sent });
    lastSave = request.catch(() => undefined);
    try {
      const result = await request;
      if (!mounted.current) return result.ok;
      if (!result.ok) {
        setState({ kind: 'failed', message: result.message });
        return false;
      }
      // Known at once, not at the next render: leaving right after this save must not save again.
      if (latest.current === sent) unsaved.current = false;
      setStored(sent);
      setState({ kind: 'saved' });
      return true;
    } catch {
      if (mounted.current) setState({ kind: 'failed', message: failedText });
      return false;
    }
  };
  // The timer and the leaving handler run later: they read the latest save and state from here.
  const saveLater = useRef(save);
  const unsaved = useRef(changed);
  const latest = useRef(draft);
  useEffect(() => {
    saveLater.current = save;
    unsaved.current = changed;
    latest.current = draft;
  });

  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(() => void saveLater.current(), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changed, draft]);
  useEffect(() => {
    mounted.current = true;
    const flush = () => {
      if (unsaved.current) void saveLater.current();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      mounted.current = false;
      flush();
    };
  }, []);

  /** Saves now if anything is unsaved (before publishing, or before main changes the draft). */
  const flush = useCallback(async () => (unsaved.current ? saveLater.current() : true), []);
  /** A draft main has changed and saved (a language added from a letter): shown and taken as stored. */
  const adopt = useCallback((next: Draft) => {
    setDraft(next);
    setStored(next);
  }, []);

  /** The draft is being deleted: what is on screen is not saved again. */
  const discard = useCallback(() => {
    discarded.current = true;
  }, []);

  const shownState: DraftSaveState = changed && state.kind !== 'failed' ? { kind: 'saving' } : state;
  return { draft, setDraft, state: shownState, flush, adopt, discard };
}
