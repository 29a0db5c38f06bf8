/**
 * Comparing a letter's words with the keyword tables: letters are typed with and without accents,
 * with curly or straight apostrophes, "Grüsse" or "Grüße", "Mr" or "Mr.", so every comparison goes
 * through one of these forms. All functions are linear in their input.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘‛`´ʼ]/g;
const QUOTES = /[“”„«»‟]/g;

// Plain ASCII needs no Unicode decomposition, which is the costly step on long texts.
const ASCII_ONLY = /^[\x20-\x7e]*$/;

function foldUncached(text: string): string {
  const plain = ASCII_ONLY.test(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ß/g, 'ss');
  return plain.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(/\s+/g, ' ').trim();
}

// The recogniser asks about the same line many times (is it a label? a salutation? an address?):
// folded forms of short lines are remembered, the cache emptied when it grows.
const foldCache = new Map<string, string>();
const MAX_CACHED = 4000;
const MAX_CACHED_LENGTH = 200;

/** Lower case, no accents, ß → ss, straight quotes, single spaces. */
export function fold(text: string): string {
  if (text.length > MAX_CACHED_LENGTH) return foldUncached(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (foldCache.size >= MAX_CACHED) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

const wordFormCache = new Map<string, string>();

/** The folded text with every run of non-letters/digits as one space, padded: " prime minister of ". */
export function wordForm(text: string): string {
  const cached = wordFormCache.get(text);
  if (cached !== undefined) return cached;
  const form = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  if (text.length <= MAX_CACHED_LENGTH) {
    if (wordFormCache.size >= MAX_CACHED) wordFormCache.clear();
    wordFormCache.set(text, form);
  }
  return form;
}

/**
 * Keyword syntax of the tables in office-words.ts: "minister" starts a word ("Minister", "Ministerin"),
 * "*minister" may end a German compound ("Justizminister"), "=roi" is a whole word only.
 */
export function keywordKey(keyword: string): string {
  const mark = keyword.startsWith('*') || keyword.startsWith('=') ? keyword.slice(0, 1) : '';
  return mark + wordForm(keyword.slice(mark.length)).trim();
}

/** `padded` comes from wordForm, `key` from keywordKey. */
export function hasKeyword(padded: string, key: string): boolean {
  if (key.startsWith('*')) return padded.includes(key.slice(1));
  if (key.startsWith('=')) return padded.includes(` ${key.slice(1)} `);
  return padded.includes(` ${key}`);
}

export function hasAnyKeyword(padded: string, keys: readonly string[]): boolean {
  return keys.some((key) => hasKeyword(padded, key));
}

// Anchored at the end by a lookbehind on a non-punctuation character, so a long run of commas
// inside a line is not rescanned from every position.
const TRAILING_PUNCTUATION = /(?<![\s,;:.!])[\s,;:.!]+$/;

/**
 * How a salutation or closing is compared with the tables: folded, "Mr." = "Mr", without the final
 * comma or full stop (German writes none, Germany a comma; British "Mr", American "Mr.").
 */
export function formKey(text: string): string {
  return fold(text)
    .replace(/\b(mr|mrs|ms|dr|st)\./g, '$1')
    .replace(/ ?([,;:]) ?/g, '$1 ')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}

const baseCharCache = new Map<string, string>();

/** One character as `phrasePrefixEnd` compares it: its base letter, lower case. */
function baseChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char === '`' ? "'" : char;
  let base = baseCharCache.get(char);
  if (base === undefined) {
    base = /['’‘ʼ´]/.test(char) ? "'" : (char.normalize('NFKD')[0] ?? char).toLowerCase();
    if (baseCharCache.size < MAX_CACHED) baseCharCache.set(char, base);
  }
  return base;
}

const SPACE = /\s/;

/**
 * Where `phrase` ends if `text` starts with it, ignoring case, accents and the width of spaces;
 * -1 when it does not, or when the phrase stops inside a word ("cc" is not the start of "CCPR").
 * Works on the original text so that the caller can cut the label off exactly.
 */
export function phrasePrefixEnd(text: string, phrase: string): number {
  let i = 0;
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  for (let j = 0; j < phrase.length; j++) {
    const wanted = phrase[j] ?? '';
    if (wanted === ' ') {
      if (!SPACE.test(text[i] ?? '')) return -1;
      while (i < text.length && SPACE.test(text[i] ?? '')) i++;
      continue;
    }
    if (i >= text.length || baseChar(text[i] ?? '') !== baseChar(wanted)) return -1;
    i++;
  }
  const last = phrase[phrase.length - 1] ?? '';
  if (/[\p{L}\p{N}]/u.test(last) && /[\p{L}\p{N}]/u.test(text[i] ?? '')) return -1;
  return i;
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (const char of text) {
    const space = char === ' ' || char === '\t';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Plain ASCII for ids: accents dropped, letters without a decomposition spelled out. */
const ASCII_SPELLING: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþıħ]/g, (char) => ASCII_SPELLING[char] ?? '');
}

export interface PhraseMatch<T> {
  entry: T;
  /** Where the phrase ends in the text (as `phrasePrefixEnd`). */
  end: number;
}

/**
 * Finds which of many phrases (labels, openers) a text starts with, longest first. The phrases are
 * grouped by their first letter, so a line is compared with a handful of them instead of all.
 */
export function phraseIndex<T>(entries: readonly T[], phraseOf: (entry: T) => string): (text: string) => PhraseMatch<T> | undefined {
  const byFirst = new Map<string, T[]>();
  const sorted = [...entries].sort((a, b) => phraseOf(b).length - phraseOf(a).length);
  for (const entry of sorted) {
    const first = baseChar(phraseOf(entry).trimStart()[0] ?? '');
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  return (text) => {
    const start = text.length - text.trimStart().length;
    for (const entry of byFirst.get(baseChar(text[start] ?? '')) ?? []) {
      const end = phrasePrefixEnd(text, phraseOf(entry));
      if (end >= 0) return { entry, end };
    }
    return undefined;
  };
}
