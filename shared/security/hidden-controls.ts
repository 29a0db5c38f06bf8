import { z } from 'zod';

/**
 * Invisible characters that make text show something other than what it says: "gnp.exe" typed
 * as "exe.png" behind a right-to-left override. Campaign files that hold them are refused
 * (check-campaign.ts); member lists and the member's own details have them removed.
 *
 * Always hidden controls: the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the direction marks (U+200E, U+200F, U+061C), the invisible operators
 * (U+2060–U+2064) and U+FEFF inside text. The soft hyphen (U+00AD) is a real hyphenation hint.
 */
const ALWAYS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';

/**
 * The zero-width space, non-joiner and joiner are part of writing between two letters (Persian
 * and Indic words, Thai line-break hints) and inside emoji sequences; at a word's edge, beside
 * punctuation or a space, they only hide where text begins or ends.
 */
const JOINABLE = '\\p{L}\\p{M}\\p{N}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\ufe0f';
const ZERO_WIDTH_ODD = `(?<![${JOINABLE}])[\\u200b-\\u200d]|[\\u200b-\\u200d](?![${JOINABLE}])`;

const SOURCE = `[${ALWAYS}]|${ZERO_WIDTH_ODD}`;
const FIND = new RegExp(SOURCE, 'u');
const FIND_ALL = new RegExp(SOURCE, 'gu');

/** The character class alone (no context), for messages that replace any such character. */
export const HIDDEN_CONTROL_CLASS = `${ALWAYS}\\u200b-\\u200d`;

export function hasHiddenControls(text: string): boolean {
  return FIND.test(text);
}

/**
 * The text without its hidden controls. One pass is enough: a zero-width character beside a
 * removed one was beside a character that is not a letter, so it goes in the same pass.
 */
export function withoutHiddenControls(text: string): string {
  return text.replace(FIND_ALL, '');
}

/** A typed text of at most `max` characters, saved without hidden controls. */
export function visibleText(max: number) {
  return z.string().max(max).overwrite(withoutHiddenControls);
}
