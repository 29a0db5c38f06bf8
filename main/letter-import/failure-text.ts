import de from '../../shared/i18n/locales/de/letter-file.json';
import en from '../../shared/i18n/locales/en/letter-file.json';
import fr from '../../shared/i18n/locales/fr/letter-file.json';
import it from '../../shared/i18n/locales/it/letter-file.json';
import type { LetterFileFailure } from './letter-file-result';

/**
 * Why a letter file could not be read, in the member's UI language (English when the app has no
 * catalogue for it). The renderer reads the same sentences as the i18next namespace `letter-file`.
 */
const SENTENCES: Record<string, Record<LetterFileFailure, string>> = {
  en: en.failure,
  fr: fr.failure,
  de: de.failure,
  it: it.failure,
};

export function letterFileFailureText(reason: LetterFileFailure, uiLanguage: string): string {
  const language = uiLanguage.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (Object.hasOwn(SENTENCES, language) ? SENTENCES[language] : SENTENCES.en)?.[reason] ?? en.failure[reason];
}
