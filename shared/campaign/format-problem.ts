import english from '../i18n/locales/en/import.json';
import type { Problem, ProblemParams } from './problem';

/** Looks a key up in the reader's catalogue and fills in `{{param}}` placeholders. */
export type Translate = (key: string, params: ProblemParams) => string;

/**
 * Turns a problem into a sentence with any catalogue (the UI passes i18next's `t`). Applies the
 * conventions of problem.ts: `language` codes become names, a `cause` is formatted first.
 */
export function formatProblemWith(
  problem: Problem,
  translate: Translate,
  languageName: (code: string) => string,
): string {
  const params: ProblemParams = { ...problem.params };
  if (typeof params.language === 'string') params.language = languageName(params.language);
  if (problem.cause) params.cause = formatProblemWith(problem.cause, translate, languageName);
  return translate(problem.key, params);
}

/** Names language codes in the given UI language ("fr" → "French" in English); unknown codes stay as they are. */
export function languageNamesIn(uiLanguage: string): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  } catch {
    names = undefined;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      // A malformed code (RangeError) is shown as written.
      return code;
    }
  };
}

/** Fills `{{name}}` placeholders in one pass, so parameter values are never interpolated again. */
export function fillCatalogueEntry(catalogue: Record<string, string>, key: string, params: ProblemParams): string {
  const template = catalogue[key] ?? key;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

const englishLanguageName = languageNamesIn('en');

/** The English sentence for a problem: for the command line, tests, and as the default in main. */
export function formatProblemEnglish(problem: Problem): string {
  return formatProblemWith(problem, (key, params) => fillCatalogueEntry(english, key, params), englishLanguageName);
}
