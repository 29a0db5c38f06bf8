import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A letter language named in the UI language, for sentences ("Remove the French text…"). The
 * language buttons name each language in itself instead (language-names.ts).
 */
export function useLanguageWords(): (code: string) => string {
  const { i18n } = useTranslation();
  const ui = i18n.language;
  return useCallback(
    (code: string) => {
      try {
        return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
      } catch {
        return code; // a malformed code: shown as typed
      }
    },
    [ui],
  );
}
