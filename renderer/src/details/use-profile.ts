import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_PROFILE } from '../../../shared/letter/empty-profile';
import type { SenderProfile } from '../../../shared/letter/options';
import { api } from '../api';

/** Long enough not to write on every key, short enough that closing the app loses nothing. */
export const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saved' | 'failed';

export interface ProfileState {
  /** null while it is read at start. */
  profile: SenderProfile | null;
  update: (patch: Partial<SenderProfile>) => void;
  saveState: SaveState;
  /** "Next person" on a shared computer: the details on screen are forgotten. */
  forget: () => void;
}

/**
 * The member's details: restored at start, saved shortly after they stop typing. On a shared
 * computer (`shared`) nothing is read or written: each person starts empty and leaves nothing
 * behind, and the owner's saved details stay untouched. `shared` is undefined until the
 * settings are read.
 */
export function useProfile(shared: boolean | undefined): ProfileState {
  const [profile, setProfile] = useState<SenderProfile | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const latest = useRef<SenderProfile | null>(null);
  const pending = useRef<SenderProfile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const keep = useRef(false);
  // Shared-computer mode switched (or first known): start from empty, or from what is saved.
  const [modeShown, setModeShown] = useState<boolean | undefined>(undefined);
  if (shared !== modeShown) {
    setModeShown(shared);
    setSaveState('idle');
    setProfile(shared ? EMPTY_PROFILE : null);
  }

  const save = useCallback((toSave: SenderProfile) => {
    pending.current = null;
    api.saveProfile(toSave).then(
      () => mounted.current && setSaveState('saved'),
      () => mounted.current && setSaveState('failed'),
    );
  }, []);

  useEffect(() => {
    if (shared === undefined) return;
    mounted.current = true;
    keep.current = !shared;
    latest.current = shared ? EMPTY_PROFILE : null;
    if (!shared) {
      api
        .getProfile()
        .catch(() => EMPTY_PROFILE)
        .then((loaded) => {
          if (!mounted.current || latest.current) return;
          latest.current = loaded;
          setProfile(loaded);
        });
    }
    // Leaving (or closing the window) before the delay is over must not lose what was typed.
    const flush = () => {
      clearTimeout(timer.current);
      if (pending.current) save(pending.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      mounted.current = false;
      flush();
    };
  }, [save, shared]);

  const update = useCallback(
    (patch: Partial<SenderProfile>) => {
      const next = { ...(latest.current ?? EMPTY_PROFILE), ...patch };
      latest.current = next;
      setProfile(next);
      if (!keep.current) return;
      pending.current = next;
      setSaveState('idle'); // "Saved" only once what is on screen is saved
      clearTimeout(timer.current);
      timer.current = setTimeout(() => save(next), SAVE_DELAY_MS);
    },
    [save],
  );

  const forget = useCallback(() => {
    latest.current = EMPTY_PROFILE;
    setProfile(EMPTY_PROFILE);
  }, []);

  return { profile, update, saveState, forget };
}
