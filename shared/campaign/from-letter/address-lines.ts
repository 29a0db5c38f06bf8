/**
 * Reading an address block: which line is the name, which words give the office (role) and the
 * courtesy titles (gender), and which lines end an address (postcode and town, country).
 */
import type { Role } from '../schema';
import {
  COURT_WORDS,
  COURTESY_TITLES,
  FEMALE_OFFICE_WORDS,
  INSTITUTION_WORDS,
  OFFICIAL_WORDS,
  ROLE_KEYWORDS,
  STREET_WORDS,
} from './office-words';
import { fold, hasAnyKeyword, keywordKey, wordCount, wordForm } from './text-fold';

const keys = (words: readonly string[]) => words.map(keywordKey);
const ROLE_KEYS = ROLE_KEYWORDS.map(({ role, keywords }) => ({ role, keys: keys(keywords) }));
const ALL_ROLE_KEYS = ROLE_KEYS.flatMap((entry) => entry.keys);
const COURT_KEYS = keys(COURT_WORDS);
const OFFICIAL_KEYS = keys(OFFICIAL_WORDS);
const INSTITUTION_KEYS = keys(INSTITUTION_WORDS);
const STREET_KEYS = keys(STREET_WORDS);
const FEMALE_OFFICE_KEYS = keys(FEMALE_OFFICE_WORDS);
/** Prepositions some addresses start with ("Al Presidente", "An Herrn", "À Son Excellence"). */
const ADDRESS_PREPOSITIONS = ['to', 'an', 'a', 'à', 'al', 'alla', 'allo', "all'"];

// Compared token by token, folded, so "Sig.ra" and "sig.ra" or "Herrn" and "HERRN" match; looked
// up by their first token, longest title first ("Sua Eccellenza" before a lone "Sua").
const TITLES_BY_FIRST_TOKEN = new Map<string, Array<{ tokens: string[]; gender?: TitleGender }>>();
for (const entry of COURTESY_TITLES) {
  const tokens = entry.title.split(' ').map(fold);
  const first = tokens[0] ?? '';
  const list = TITLES_BY_FIRST_TOKEN.get(first) ?? [];
  list.push({ tokens, ...(entry.gender ? { gender: entry.gender } : {}) });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  TITLES_BY_FIRST_TOKEN.set(first, list);
}
// Titles come first on a line: a few tokens are enough to read them.
const MAX_TITLE_TOKENS = 8;

export type TitleGender = 'male' | 'female';

export interface StrippedTitles {
  /** The line after its courtesy titles. */
  rest: string;
  titled: boolean;
  gender?: TitleGender;
}

/** "S.E. Monsieur Ilham Aliyev" → "Ilham Aliyev", male. Titles are only read at the line's start. */
export function stripCourtesyTitles(line: string): StrippedTitles {
  const tokens = line.trim().split(/\s+/, MAX_TITLE_TOKENS + 1);
  const folded = tokens.map((token) => fold(token).replace(/,$/, ''));
  let at = folded.length > 1 && ADDRESS_PREPOSITIONS.includes(folded[0] ?? '') ? 1 : 0;
  let titled = false;
  let gender: TitleGender | undefined;
  for (;;) {
    const title = TITLES_BY_FIRST_TOKEN.get(folded[at] ?? '')?.find((t) => t.tokens.every((token, i) => folded[at + i] === token));
    if (!title) break;
    at += title.tokens.length;
    titled = true;
    gender ??= title.gender;
  }
  if (!titled) return { rest: line.trim(), titled };
  const rest = line.trim().split(/\s+/).slice(at).join(' ');
  return { rest, titled, ...(gender ? { gender } : {}) };
}

export function hasOfficeWords(line: string): boolean {
  const padded = wordForm(line);
  return hasAnyKeyword(padded, ALL_ROLE_KEYS) || hasAnyKeyword(padded, INSTITUTION_KEYS) || hasAnyKeyword(padded, OFFICIAL_KEYS);
}

/** The role the office words of one line give, most specific first; undefined when none. */
export function roleOfLine(line: string): Role | undefined {
  const padded = wordForm(line);
  return ROLE_KEYS.find((entry) => hasAnyKeyword(padded, entry.keys))?.role;
}

export interface OfficeReading {
  role?: Role;
  /** Only an office without its own forms (director, police chief): role `official`, still a guess. */
  official: boolean;
}

/** The role of an address block: the first line with an office word decides; a court makes a president a judge. */
export function officeOf(lines: readonly string[]): OfficeReading {
  for (const line of lines) {
    const role = roleOfLine(line);
    if (!role) continue;
    const court = role === 'head-of-state' && lines.some((l) => hasAnyKeyword(wordForm(l), COURT_KEYS));
    return { role: court ? 'judge' : role, official: false };
  }
  return { official: lines.some((line) => hasAnyKeyword(wordForm(line), OFFICIAL_KEYS)) };
}

export function femaleOffice(lines: readonly string[]): boolean {
  return lines.some((line) => hasAnyKeyword(wordForm(line), FEMALE_OFFICE_KEYS));
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'du', 'la', 'le', 'y', 'dos', 'das', 'zu', 'ben', 'abu']);

/** "Ilham Aliyev", "Marie-Claire de la Tour": 2–5 capitalised words, no digits, no office. */
export function looksLikePersonName(line: string): boolean {
  if (line.length > 60 || /\d/.test(line) || hasOfficeWords(line) || hasAnyKeyword(wordForm(line), STREET_KEYS)) return false;
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(fold(word)));
}

// Postcode before the town ("1066 Baku", "CH-3006 Bern"), after it ("Kathmandu 44600",
// "Austin, TX 78711-2428"), or British ("London W2 2LU"). Lines are short here: no long scans.
const POSTCODE_FIRST = /^(?:[A-Z]{1,3}[- ]?)?\d{3,6}(?:-\d{3,4})? +\p{L}/u;
const POSTCODE_LAST = /(?:^|[\s,])\d{4,6}(?:-\d{3,4})?$/;
const BRITISH_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
const POST_BOX = /\b(?:box|postfach|case postale|casella postale|b\.?p\.?)\b/i;

export function isPostcodeLine(line: string): boolean {
  if (line.length > 60 || POST_BOX.test(line)) return false;
  return POSTCODE_FIRST.test(line) || POSTCODE_LAST.test(line) || BRITISH_POSTCODE.test(line);
}

/** A country line ends an address: short, capitalised, no digits, no office or street words. */
export function isCountryLike(line: string): boolean {
  if (line.length > 40 || wordCount(line) > 4 || !/^\p{Lu}[\p{L} .'’()-]*$/u.test(line)) return false;
  const padded = wordForm(line);
  return !stripCourtesyTitles(line).titled && !hasAnyKeyword(padded, ALL_ROLE_KEYS) && !hasAnyKeyword(padded, STREET_KEYS);
}

export function isStreetLike(line: string): boolean {
  if (line.length > 60) return false;
  return (/\d/.test(line) && /\p{L}/u.test(line)) || hasAnyKeyword(wordForm(line), STREET_KEYS);
}

export interface NameReading {
  name: string;
  /** Index of the line the name was read from. */
  line: number;
  /** Read after a courtesy title, rather than from a line that only looks like a name. */
  titled: boolean;
  gender?: TitleGender;
}

/**
 * The person's name in an address block, without courtesy titles: from the first titled line that
 * is not an office ("Herrn" alone takes the next line), else from a line that looks like a name.
 */
export function nameOf(lines: readonly string[]): NameReading | undefined {
  const cutAtComma = (text: string) => (text.split(',')[0] ?? '').trim();
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    const stripped = stripCourtesyTitles(lines[i] ?? '');
    if (!stripped.titled) continue;
    const rest = cutAtComma(stripped.rest);
    if (rest === '' && i + 1 < lines.length) {
      const next = stripCourtesyTitles(lines[i + 1] ?? '');
      const name = cutAtComma(next.rest);
      const gender = stripped.gender ?? next.gender;
      if (name && !hasOfficeWords(name)) return { name, line: i + 1, titled: true, ...(gender ? { gender } : {}) };
    } else if (rest && !/\d/.test(rest) && !hasOfficeWords(rest)) {
      return { name: rest, line: i, titled: true, ...(stripped.gender ? { gender: stripped.gender } : {}) };
    }
  }
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    const name = cutAtComma(lines[i] ?? '');
    if (looksLikePersonName(name)) return { name, line: i, titled: false };
  }
  return undefined;
}

/** The gender the block's courtesy titles or a feminine office word tell, if any. */
export function genderOfBlock(lines: readonly string[]): TitleGender | undefined {
  for (const line of lines) {
    const gender = stripCourtesyTitles(line).gender;
    if (gender) return gender;
  }
  return femaleOffice(lines) ? 'female' : undefined;
}

/** Scoring a run of header lines as the recipient's address. */
export function addressScore(lines: readonly string[]): number {
  let score = 0;
  if (lines.some((line) => stripCourtesyTitles(line).titled)) score += 3;
  if (lines.some((line) => roleOfLine(line))) score += 3;
  if (lines.some((line) => hasAnyKeyword(wordForm(line), INSTITUTION_KEYS))) score += 1;
  if (lines.some(isPostcodeLine)) score += 2;
  if (lines.some(isStreetLike)) score += 1;
  if (lines.length > 1 && isCountryLike(lines[lines.length - 1] ?? '')) score += 1;
  if (lines.some((line) => line.length > 100)) score -= 3;
  return score;
}

/** Whether a line names an office or institution or carries a title: where an address starts. */
export function startsAddress(line: string): boolean {
  return stripCourtesyTitles(line).titled || hasOfficeWords(line);
}

const GENDERED_WORDS = new Map<string, TitleGender>(
  COURTESY_TITLES.filter((entry) => entry.gender && !entry.title.includes(' ')).map((entry) => [fold(entry.title), entry.gender as TitleGender]),
);

/** The gender a salutation's own words tell ("Sehr geehrter Herr Staatsanwalt" → male), if any. */
export function genderOfWords(line: string): TitleGender | undefined {
  for (const token of line.split(/\s+/)) {
    const gender = GENDERED_WORDS.get(fold(token).replace(/[,;:!]+$/, ''));
    if (gender) return gender;
  }
  return femaleOffice([line]) ? 'female' : undefined;
}
