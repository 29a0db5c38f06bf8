import type { LanguageCount } from '../../../shared/api/contract';

/** ["de", "fr", "de"] → [{ lang: "de", count: 2 }, { lang: "fr", count: 1 }], in order of first appearance. */
export function languageCounts(languages: readonly string[]): LanguageCount[] {
  const counts = new Map<string, number>();
  for (const lang of languages) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  return [...counts].map(([lang, count]) => ({ lang, count }));
}

/** A language's name in the UI language ("Deutsch" → "German" in an English UI), for counts per language. */
export function languageNameIn(uiLanguage: string, code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
