import de from '../../shared/i18n/locales/de/import.json';
import en from '../../shared/i18n/locales/en/import.json';
import fr from '../../shared/i18n/locales/fr/import.json';
import it from '../../shared/i18n/locales/it/import.json';
import { fillCatalogueEntry, formatProblemWith, languageNamesIn } from '../../shared/campaign/format-problem';
import type { Problem } from '../../shared/campaign/problem';

const CATALOGUES: Record<string, Record<string, string>> = { en, fr, de, it };

/** A problem in the member's UI language, worded by the same catalogues the renderer uses. */
export function describeProblemIn(uiLanguage: string): (problem: Problem) => string {
  const lang = CATALOGUES[uiLanguage] ? uiLanguage : 'en';
  const catalogue = CATALOGUES[lang] as Record<string, string>;
  const names = languageNamesIn(lang);
  return (problem) => formatProblemWith(problem, (key, params) => fillCatalogueEntry(catalogue, key, params), names);
}
