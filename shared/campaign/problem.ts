import type englishCatalogue from '../i18n/locales/en/import.json';
import { HIDDEN_CONTROL_CLASS } from '../security/hidden-controls';

/**
 * Why a campaign file (or a library operation) was refused, as a message key and its parameters
 * rather than a sentence, so that each UI language words it itself. The texts live in
 * shared/i18n/locales/<lang>/import.json (i18next namespace "import", `{{param}}` interpolation).
 *
 * Conventions every formatter follows (see format-problem.ts):
 * - a parameter named `language` holds a language code ("fr"); the formatter turns it into the
 *   language's name in the reader's language ("French", "französisch" …);
 * - `cause` is a nested problem (e.g. what is wrong with campaign 2 of a bundle); the formatter
 *   formats it first and passes the sentence as the `cause` parameter.
 */
export type ProblemKey = keyof typeof englishCatalogue;
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  key: ProblemKey;
  params: ProblemParams;
  cause?: Problem;
}

export function problem(key: ProblemKey, params: ProblemParams = {}, cause?: Problem): Problem {
  return cause ? { key, params, cause } : { key, params };
}

const MAX_SHOWN_LENGTH = 60;

/**
 * Characters that would make a quoted value lie about itself: control characters (line breaks
 * inside a sentence) and the hidden controls that can reorder or hide what follows.
 */
const UNSHOWABLE = new RegExp(`[\\p{Cc}${HIDDEN_CONTROL_CLASS}]`, 'gu');

/** A short, printable rendering of a value from the file, for messages such as "the date “…”". */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') {
    // Array.from counts code points, so a cut never splits a surrogate pair.
    const characters = Array.from(value.replace(UNSHOWABLE, '\ufffd'));
    return characters.length > MAX_SHOWN_LENGTH ? `${characters.slice(0, MAX_SHOWN_LENGTH).join('')}…` : characters.join('');
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  // Lists and objects are not spelled out: they may be huge or deeply nested.
  return Array.isArray(value) ? '[…]' : '{…}';
}
