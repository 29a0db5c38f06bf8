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
}

/** The member's details: restored at start, saved shortly after they stop typing. */
export function useProfile(): ProfileState {
  const [profile, setProfile] = useState<SenderProfile | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const latest = useRef<SenderProfile | null>(null);
  const pending = useRef<SenderProfile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const save = useCallback((toSave: SenderProfile) => {
    pending.current = null;
    api.saveProfile(toSave).then(
      () => mounted.current && setSaveState('saved'),
      () => mounted.current && setSaveState('failed'),
    );
  }, []);

  useEffect(() => {
    mounted.current = true;
    api
      .getProfile()
      .catch(() => EMPTY_PROFILE)
      .then((loaded) => {
        if (!mounted.current || latest.current) return;
        latest.current = loaded;
        setProfile(loaded);
      });
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
  }, [save]);

  const update = useCallback(
    (patch: Partial<SenderProfile>) => {
      const next = { ...(latest.current ?? EMPTY_PROFILE), ...patch };
      latest.current = next;
      pending.current = next;
      setProfile(next);
      setSaveState('idle'); // "Saved" only once what is on screen is saved
      clearTimeout(timer.current);
      timer.current = setTimeout(() => save(next), SAVE_DELAY_MS);
    },
    [save],
  );

  return { profile, update, saveState };
}
