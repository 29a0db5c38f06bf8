import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../shared/api/contract';
import { localIsoDate } from '../../../shared/letter/today';
import { api } from '../api';
import { i18n, systemLanguage, type UiLanguage } from '../i18n';
import { useAnnouncer } from '../announcer';

export interface SettingsControls {
  settings: Settings | null;
  setLanguage: (lang: UiLanguage) => void;
  setTheme: (theme: Settings['theme']) => void;
  setZoom: (zoom: number) => void;
  /** Any other setting (the welcome read, shared-computer mode). */
  update: (patch: Partial<Settings>) => void;
  /** Adds printed letters to today's count (a new day starts again at 0). */
  countPrinted: (letters: number) => void;
}

/** Theme and text size live on <html>, so every screen and the dialogs follow them. */
function apply(settings: Settings): void {
  const root = document.documentElement;
  root.dataset.theme = settings.theme;
  root.style.setProperty('--zoom', String(settings.zoom));
  const lang = settings.uiLanguage ?? systemLanguage();
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}

/** UI language, theme and text size: restored at start, saved as soon as the member changes one. */
export function useSettings(): SettingsControls {
  const [settings, setSettings] = useState<Settings | null>(null);
  const current = useRef<Settings | null>(null);
  const { error } = useAnnouncer();

  useEffect(() => {
    let live = true;
    api
      .getSettings()
      .catch((): Settings => ({ theme: 'standard', zoom: 1, welcomeSeen: false, sharedComputer: false })) // unreadable settings: start plain
      .then((loaded) => {
        if (!live) return;
        current.current = loaded;
        apply(loaded);
        setSettings(loaded);
      });
    return () => {
      live = false;
    };
  }, []);

  const change = useCallback(
    (patch: Partial<Settings>) => {
      if (!current.current) return;
      const next = { ...current.current, ...patch };
      current.current = next;
      apply(next);
      setSettings(next);
      api.saveSettings(next).catch(() => error(i18n.t('messages.settingsNotSaved')));
    },
    [error],
  );

  return {
    settings,
    setLanguage: useCallback((uiLanguage: UiLanguage) => change({ uiLanguage }), [change]),
    setTheme: useCallback((theme: Settings['theme']) => change({ theme }), [change]),
    setZoom: useCallback((zoom: number) => change({ zoom }), [change]),
    update: change,
    countPrinted: useCallback(
      (letters: number) => {
        const today = localIsoDate();
        const before = current.current?.printedToday;
        const count = (before?.date === today ? before.count : 0) + letters;
        change({ printedToday: { date: today, count } });
      },
      [change],
    ),
  };
}
