/**
 * The member's title (Frau, Mme, Signor, Mr…) is carried as a title, not as text: a profile or a
 * member list may write it in any of the languages, and the letter prints it in its own language
 * (the wording lives in the language tables, languages/*.ts). A title the tables do not know
 * ("Dr.", "Pfarrer") is printed as written.
 */
import { FALLBACK_LANGUAGE, LETTER_LANGUAGES, letterLanguage } from './languages';
import type { TitleKey } from './languages/types';

export type { TitleKey } from './languages/types';

/** Menu order: the titles a member picks from, none being the empty string. */
export const TITLE_KEYS: readonly TitleKey[] = ['female', 'male', 'ms'];

/** "Sig.ra" → "sigra", "Mme." → "mme", "Señora" → "senora": dots, case and accents do not matter. */
function spelling(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.\s]+/g, '');
}

function buildIndex(): ReadonlyMap<string, TitleKey> {
  const index = new Map<string, TitleKey>();
  const add = (text: string, key: TitleKey) => {
    // First come, first kept: German writes "Frau" for both female and ms; it reads as female.
    if (!index.has(spelling(text))) index.set(spelling(text), key);
  };
  for (const key of TITLE_KEYS) add(key, key);
  for (const key of TITLE_KEYS) {
    for (const { titles } of LETTER_LANGUAGES) {
      add(titles.written[key], key);
      for (const other of titles.alsoRead[key] ?? []) add(other, key);
    }
  }
  return index;
}

let index: ReadonlyMap<string, TitleKey> | undefined;

/** The title a text means, or undefined when it is none the tables know (or empty). */
export function titleKeyOf(text: string): TitleKey | undefined {
  index ??= buildIndex();
  const key = spelling(text);
  return key ? index.get(key) : undefined;
}

/** What a member list or a profile stores: the title's key when known ("Frau" → "female"), else the text as written. */
export function canonicalTitle(text: string): string {
  return titleKeyOf(text) ?? text.trim();
}

/** The title as a letter in `lang` prints it: "female" or "Frau" → "Mme" in French; "Dr." stays "Dr.". */
export function titleIn(lang: string, title: string): string {
  const key = titleKeyOf(title);
  if (!key) return title.trim();
  return (letterLanguage(lang) ?? FALLBACK_LANGUAGE).titles.written[key];
}
