import { fillCatalogueEntry } from '../../shared/campaign/format-problem';
import de from '../../shared/i18n/locales/de/library.json';
import en from '../../shared/i18n/locales/en/library.json';
import fr from '../../shared/i18n/locales/fr/library.json';
import it from '../../shared/i18n/locales/it/library.json';

/**
 * Main's own sentences (the `fromMain` part of the `library` catalogue): answers the contract
 * carries as words, in the member's UI language. The renderer words everything else itself.
 */
export type MainTextKey = keyof typeof en.fromMain;
const MAIN_TEXTS: Record<string, Record<MainTextKey, string>> = {
  en: en.fromMain,
  fr: fr.fromMain,
  de: de.fromMain,
  it: it.fromMain,
};

export function mainText(uiLanguage: string, key: MainTextKey, params: Record<string, string> = {}): string {
  return fillCatalogueEntry(MAIN_TEXTS[uiLanguage] ?? en.fromMain, key, params);
}

/** Why a file could not be written, in words: never the error itself, whose text names the folder. */
export function saveFailureKey(error: unknown): MainTextKey {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'saveNotAllowed';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'saveDiskFull';
  return 'saveFailed';
}
