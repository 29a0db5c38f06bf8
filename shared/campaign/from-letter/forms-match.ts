/**
 * Salutations and closings compared with the app's forms-of-address tables (shared/letter/languages)
 * and with the closing formulas of keywords.ts. A salutation found in a table tells the recipient's
 * role and gender; one found in no table is kept as the campaign's own.
 */
import { GENDERS, ROLES, type Gender, type Role } from '../schema';
import { letterLanguage } from '../../letter/languages';
import { LANGUAGE_WORDS, RECOGNISED_LANGUAGES, type RecognisedLanguage } from './keywords';
import { hasOfficeWords } from './address-lines';
import { fold, formKey, phraseIndex, wordCount } from './text-fold';

export interface FormMatch {
  role: Role;
  gender: Gender;
  /** The name the salutation holds where the form has one ("Dear President Aliyev," → "Aliyev"). */
  surname?: string;
}

interface NamedForm {
  prefix: string;
  role: Role;
  gender: Gender;
}

interface LanguageForms {
  exact: Map<string, FormMatch[]>;
  /** Forms ending in the person's name ("Dear President {surname},"), matched by what comes before it. */
  named: NamedForm[];
  closings: Set<string>;
}

const PLACEHOLDER = /\{(?:surname|fullName)\}/;

function buildForms(lang: string): LanguageForms {
  const exact = new Map<string, FormMatch[]>();
  const named: NamedForm[] = [];
  const closings = new Set<string>();
  const table = letterLanguage(lang)?.forms;
  for (const role of ROLES) {
    for (const gender of GENDERS) {
      for (const form of table?.[role][gender] ?? []) {
        if (!form.closing.includes('{')) closings.add(formKey(form.closing));
        const placeholder = PLACEHOLDER.exec(form.salutation);
        if (placeholder) {
          named.push({ prefix: formKey(form.salutation.slice(0, placeholder.index)), role, gender });
          continue;
        }
        const key = formKey(form.salutation);
        exact.set(key, [...(exact.get(key) ?? []), { role, gender }]);
      }
    }
  }
  return { exact, named, closings };
}

const FORMS = new Map<string, LanguageForms>(RECOGNISED_LANGUAGES.map((lang) => [lang, buildForms(lang)]));

function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/**
 * The first words of every salutation of the four languages' tables: a line starting otherwise
 * needs no lookup. (Another language's table, e.g. Spanish when the caller says so, is always looked up.)
 */
const SALUTATION_FIRST_WORDS = new Set(
  [...FORMS.values()].flatMap((forms) => [...forms.exact.keys(), ...forms.named.map((form) => form.prefix)].map(firstWord)),
);
const QUICK_REJECT_LANGUAGES = new Set<string>(RECOGNISED_LANGUAGES);

function formsOf(lang: string): LanguageForms {
  let forms = FORMS.get(lang);
  if (!forms) {
    forms = buildForms(lang);
    FORMS.set(lang, forms);
  }
  return forms;
}

// Salutations and closings are short: longer lines are never compared (and never cost a scan).
const MAX_SALUTATION_LENGTH = 120;
const MAX_CLOSING_LENGTH = 300;

/** Every role and gender whose forms hold this salutation, in table order; [] when none does. */
export function salutationMatches(line: string, lang: string): FormMatch[] {
  if (line.length > MAX_SALUTATION_LENGTH) return [];
  const key = formKey(line);
  if (QUICK_REJECT_LANGUAGES.has(lang) && !SALUTATION_FIRST_WORDS.has(firstWord(key))) return [];
  const forms = formsOf(lang);
  const exact = forms.exact.get(key);
  if (exact) return exact;
  const matches: FormMatch[] = [];
  for (const form of forms.named) {
    if (!key.startsWith(`${form.prefix} `)) continue;
    const nameWords = wordCount(key.slice(form.prefix.length));
    if (nameWords < 1 || nameWords > 4) continue;
    const words = line.replace(/[\s,;:.!]+$/, '').trim().split(/\s+/);
    const surname = words.slice(-nameWords).join(' ');
    // "Egregio Signor Presidente," holds an office where the form has a name: not this form.
    if (!hasOfficeWords(surname)) matches.push({ role: form.role, gender: form.gender, surname });
  }
  return matches;
}

const openers = (pick: 'strongOpeners' | 'weakOpeners') =>
  phraseIndex(
    RECOGNISED_LANGUAGES.flatMap((lang) => LANGUAGE_WORDS[lang][pick]),
    (opener) => opener,
  );
const STRONG_OPENER = openers('strongOpeners');
const WEAK_OPENER = openers('weakOpeners');
const ENDS_LIKE_SALUTATION = /[,:!]$/;
// German writes no comma after the salutation (Swiss usage), so its forms need none.
const FORMS_WITHOUT_COMMA = new Set(['de']);

/**
 * Whether a line is a salutation: a form of a table (those of languages with a comma must end in
 * one, so that an address line "Monsieur le Président de la République" is not taken for it), or a
 * line opening like a salutation ("Dear …", "Sehr geehrte …"; "Monsieur …," with its comma).
 */
export function isSalutationLine(line: string, lang: string): boolean {
  if (line.length > MAX_SALUTATION_LENGTH || wordCount(line) > 14) return false;
  const withComma = ENDS_LIKE_SALUTATION.test(line);
  if (STRONG_OPENER(line)) return true;
  const languages = [lang, ...RECOGNISED_LANGUAGES.filter((other) => other !== lang)];
  if (languages.some((l) => salutationMatches(line, l).length > 0 && (withComma || FORMS_WITHOUT_COMMA.has(l)))) return true;
  return withComma && WEAK_OPENER(line) !== undefined;
}

const CLOSING_KEYS = new Set(
  RECOGNISED_LANGUAGES.flatMap((lang) => [...formsOf(lang).closings, ...LANGUAGE_WORDS[lang].closings.map(formKey)]),
);
const CLOSING_STARTS = RECOGNISED_LANGUAGES.flatMap((lang) => LANGUAGE_WORDS[lang].closingStarts.map(fold));
const CLOSING_CONTAINS = RECOGNISED_LANGUAGES.flatMap((lang) => LANGUAGE_WORDS[lang].closingContains.map(fold));

/** A closing formula as a whole line ("Yours respectfully,", "Mit vorzüglicher Hochachtung"). */
export function isCompleteClosing(line: string): boolean {
  return line.length <= MAX_CLOSING_LENGTH && CLOSING_KEYS.has(formKey(line));
}

/** A closing, whole or starting one ("Veuillez agréer, …"), perhaps after a first clause. */
export function isClosingLine(line: string): boolean {
  if (line.length > MAX_CLOSING_LENGTH) return false;
  if (CLOSING_KEYS.has(formKey(line))) return true;
  const folded = fold(line);
  return CLOSING_STARTS.some((start) => folded.startsWith(start)) || CLOSING_CONTAINS.some((part) => folded.includes(part));
}

/** How strongly a short line speaks for each language: a salutation or closing of its own. */
export function formLanguages(line: string): RecognisedLanguage[] {
  if (line.length > MAX_CLOSING_LENGTH) return [];
  const key = formKey(line);
  const folded = fold(line);
  return RECOGNISED_LANGUAGES.filter((lang) => {
    const forms = formsOf(lang);
    if (forms.exact.has(key) || forms.closings.has(key)) return true;
    const words = LANGUAGE_WORDS[lang];
    return words.closings.some((closing) => formKey(closing) === key) || words.closingStarts.some((start) => folded.startsWith(fold(start)));
  });
}
