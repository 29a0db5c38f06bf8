/**
 * Everything a letter prints that is not campaign text, per language: forms of address, the
 * place-and-date line, the copy line, page numbers. The tables live one file per language; this
 * module looks them up and fills them in. Pure functions, no Intl: output is identical on every
 * machine.
 *
 * Language codes are BCP 47: a regional code ("de-CH", "fr-CH") uses its base language's table.
 */
import type { Person, SalutationPair } from '../../campaign/schema';
import type { FormTemplate, LetterLanguage, LetterPhrases } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export type { FormTemplate, FormsTable, LetterLanguage, LetterPhrases } from './types';

/** The languages with built-in tables, in menu order. */
export const LETTER_LANGUAGES: readonly LetterLanguage[] = [en, fr, de, it, es];

const BY_CODE: ReadonlyMap<string, LetterLanguage> = new Map(LETTER_LANGUAGES.map((l) => [l.code, l]));

/** Used for the phrases and the date line of a language without a table (forms are not guessed). */
export const FALLBACK_LANGUAGE: LetterLanguage = en;

/** "de-CH" → "de"; "FR_ch" → "fr". */
export function baseLanguage(lang: string): string {
  return (lang.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

/** The table for a language code, or undefined when the app has none. */
export function letterLanguage(lang: string): LetterLanguage | undefined {
  return BY_CODE.get(baseLanguage(lang));
}

/** The language's own name for menus ("Deutsch"); the code itself when the app has no table. */
export function endonymOf(lang: string): string {
  return letterLanguage(lang)?.endonym ?? lang;
}

/** Fills `{key}` placeholders; unknown keys stay as written so a typo shows instead of vanishing. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? (values[key] ?? whole) : whole));
}

/** "[Surname]" in the reference: the family name given by the campaign, else the name's last word. */
function surnameOf(person: Person): string {
  const given = person.familyName?.trim();
  if (given) return given;
  const words = person.name.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function fillForm(form: FormTemplate, person: Person): SalutationPair {
  const names = { surname: surnameOf(person), fullName: person.name.trim().replace(/\s+/g, ' ') };
  const salutation = fill(form.salutation, names);
  // The closing may repeat the salutation ("Veuillez agréer, Monsieur le Président, …").
  const appel = salutation.replace(/[\s,:;.!]+$/, '');
  return { salutation, closing: fill(form.closing, { ...names, appel }) };
}

/**
 * The salutation/closing pairs for the recipient's role and gender, most usual first.
 * A language without a table gives `[]`: the caller decides what then (campaign-given salutations,
 * or another language's forms) — these tables never guess a language they do not know.
 */
export function offeredForms(lang: string, person: Person): SalutationPair[] {
  const forms = letterLanguage(lang)?.forms[person.role]?.[person.gender] ?? [];
  return forms.map((form) => fillForm(form, person));
}

/**
 * The salutation as printed above `body`. German (campaign-format.md, "Forms of address"): a comma
 * when the body's first letter is lower case (German usage), none when it is a capital (Swiss usage);
 * the body itself is never changed. Other languages: the salutation as written.
 */
export function salutationFor(lang: string, salutation: string, body: string): string {
  if (letterLanguage(lang)?.salutationComma !== 'when-body-starts-lower-case') return salutation;
  const bare = salutation.replace(/\s*,?\s*$/, '');
  // The first letter, skipping Markdown marks, quotes and digits.
  const firstLetter = /\p{L}/u.exec(body)?.[0] ?? '';
  return /\p{Ll}/u.test(firstLetter) ? `${bare},` : bare;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The place-and-date line as letter-layout.md shows it: "Lausanne, le 28 novembre 2026",
 * "Bern, 28. November 2026". An empty place gives the date alone. A language without a table uses
 * English; a malformed date is printed as given rather than failing a letter.
 */
export function formatPlaceDate(lang: string, place: string, isoDate: string): string {
  const { dateLine } = letterLanguage(lang) ?? FALLBACK_LANGUAGE;
  const trimmedPlace = place.trim();
  const parts = ISO_DATE.exec(isoDate);
  const month = parts ? dateLine.months[Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined) return trimmedPlace ? `${trimmedPlace}, ${isoDate}` : isoDate;
  const dayNumber = Number(parts[3]);
  const day = dayNumber === 1 && dateLine.firstOfMonth ? dateLine.firstOfMonth : String(dayNumber);
  const values = { place: trimmedPlace, day, month, year: parts[1] ?? '' };
  return fill(trimmedPlace ? dateLine.withPlace : dateLine.withoutPlace, values);
}

/** The copy label, the embassy-copy line and the page label; English for a language without a table. */
export function letterPhrases(lang: string): LetterPhrases {
  const { copyLabel, copyOfLetter, pageLabel, fillIn } = letterLanguage(lang) ?? FALLBACK_LANGUAGE;
  return { copyLabel, copyOfLetter, pageLabel, fillIn };
}
