import { normaliseHeader } from './columns';

/**
 * A member's letter language as coordinators write it in a list: a code ("de", "fr-CH") or the
 * language's name in one of the four UI languages ("Deutsch", "allemand", "tedesco", "German").
 */
const NAMES: Record<string, string[]> = {
  de: ['deutsch', 'german', 'allemand', 'tedesco', 'd'],
  fr: ['francais', 'french', 'franzosisch', 'franzoesisch', 'francese', 'f'],
  it: ['italiano', 'italian', 'italienisch', 'italien', 'i'],
  en: ['english', 'englisch', 'anglais', 'inglese', 'e'],
  es: ['espanol', 'spanish', 'spanisch', 'espagnol', 'spagnolo'],
};

const BY_NAME = new Map(Object.entries(NAMES).flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/** The base language code for a cell, or null when the cell says nothing we recognise. */
export function memberLanguageCode(cell: string): string | null {
  const text = normaliseHeader(cell);
  if (!text) return null;
  const named = BY_NAME.get(text);
  if (named) return named;
  const code = /^([a-z]{2,3})(?: [a-z]{2})?$/.exec(text)?.[1];
  return code ?? null;
}
