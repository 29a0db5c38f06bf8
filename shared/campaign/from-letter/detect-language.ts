/**
 * The letter's language when the caller gives none: its salutation and closing count most, then
 * frequent words no other of the four languages uses.
 */
import { LANGUAGE_WORDS, RECOGNISED_LANGUAGES, type RecognisedLanguage } from './keywords';
import { formLanguages } from './forms-match';
import { fold } from './text-fold';

const FORM_WEIGHT = 8;
// Enough words to be sure of a letter's language; a 64 KB paste is not read to its end.
const MAX_WORDS = 4000;
const MAX_FORM_LINES = 400;

const COMMON_WORDS = new Map<string, RecognisedLanguage>(
  RECOGNISED_LANGUAGES.flatMap((lang) => LANGUAGE_WORDS[lang].commonWords.map((word) => [fold(word), lang] as const)),
);

/** The most likely of de, fr, it, en; English when nothing speaks for any. */
export function detectLanguage(lines: readonly string[]): RecognisedLanguage {
  const score: Record<RecognisedLanguage, number> = { de: 0, fr: 0, it: 0, en: 0 };
  let words = 0;
  let formLines = 0;
  for (const line of lines) {
    if (!line) continue;
    if (line.length <= 300 && formLines++ < MAX_FORM_LINES) {
      for (const lang of formLanguages(line)) score[lang] += FORM_WEIGHT;
    }
    for (const word of fold(line.slice(0, 2000)).split(/[^\p{L}']+/u)) {
      if (!word) continue;
      const lang = COMMON_WORDS.get(word);
      if (lang) score[lang] += 1;
      if (++words >= MAX_WORDS) break;
    }
    if (words >= MAX_WORDS) break;
  }
  let best: RecognisedLanguage = 'en';
  for (const lang of RECOGNISED_LANGUAGES) if (score[lang] > score[best]) best = lang;
  return best;
}
