/**
 * What one line of a letter is, on its own: a labelled line (subject, copy, place-and-date, a
 * sender blank), a date, a list item, prose. The recogniser decides from these and the line's
 * place in the letter.
 */
import { letterLanguage } from '../../letter/languages';
import { SENDER_BLANKS, type SenderBlank } from './types';
import { BLANK, type CleanLine } from './clean-text';
import { BULLET_MARKERS, LANGUAGE_WORDS, RECOGNISED_LANGUAGES, SHARED_COPY_LABELS, type CopyLabel, type SenderLabel } from './keywords';
import { fold, phraseIndex, wordCount, wordForm, type PhraseMatch } from './text-fold';

const everyLanguage = <T>(pick: (words: (typeof LANGUAGE_WORDS)[keyof typeof LANGUAGE_WORDS]) => readonly T[]): T[] =>
  RECOGNISED_LANGUAGES.flatMap((lang) => pick(LANGUAGE_WORDS[lang]));

// A letter may label its parts in another language than its text ("Copy:" under a German
// letter), so labels are looked for in all four languages; longest first ("Copie à" before "Copie").
const labelIndex = <T extends { label: string }>(labels: readonly T[]) => phraseIndex(labels, (entry) => entry.label);
const SUBJECT_LABELS = labelIndex(everyLanguage((w) => w.subjectLabels).map((label) => ({ label })));
const COPY_LABELS = labelIndex<CopyLabel>([...everyLanguage((w) => w.copyLabels), ...SHARED_COPY_LABELS]);
const PLACE_DATE_LABELS = labelIndex(everyLanguage((w) => w.placeDateLabels).map((label) => ({ label })));
const SENDER_LABELS = labelIndex<SenderLabel>(everyLanguage((w) => w.senderLabels));

function afterLabel<T>(text: string, find: (text: string) => PhraseMatch<T> | undefined): { entry: T; rest: string } | undefined {
  const found = find(text);
  return found && { entry: found.entry, rest: text.slice(found.end) };
}

/** "Objet : Haut-Karabakh" → "Haut-Karabakh"; "" when the subject is on the next line; undefined: no subject label. */
export function subjectAfterLabel(text: string): string | undefined {
  const found = afterLabel(text, SUBJECT_LABELS);
  const rest = found?.rest.trimStart();
  return rest?.startsWith(':') ? rest.slice(1).trim() : undefined;
}

/** "Copie : Ambassade …" → "Ambassade …"; "" for a label alone; undefined: no copy label. */
export function copiesAfterLabel(text: string): string | undefined {
  const found = afterLabel(text, COPY_LABELS);
  if (!found) return undefined;
  const rest = found.rest.trimStart();
  if (rest === '') return '';
  if (rest.startsWith(':')) return rest.slice(1).trim();
  return found.entry.runsOn && found.rest !== rest ? rest : undefined;
}

/** A label is a blank's label when nothing but a colon, the blank or a bracket follows it. */
function labelsBlank(rest: string): boolean {
  const next = rest.trimStart();
  return next === '' || next.startsWith(':') || next.startsWith(BLANK) || /^[([/]/.test(next);
}

const BRACKETS = /[[\]()]/g;

function placeDateLabelled(text: string): boolean {
  const found = afterLabel(text.replace(BRACKETS, ''), PLACE_DATE_LABELS);
  return found !== undefined && labelsBlank(found.rest);
}

const MONTH_KEYS = new Set(
  RECOGNISED_LANGUAGES.flatMap((lang) => letterLanguage(lang)?.dateLine.months ?? []).map((month) => fold(month)),
);
const YEAR = /\b(?:19|20)\d\d\b/;
const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** A written date line: "Bern, 12. März 2024", "Lausanne, le 3 mai 2024", "12.03.2024". */
export function isDateLine(text: string): boolean {
  if (text.length > 60 || wordCount(text) > 7) return false;
  if (NUMERIC_DATE.test(text)) return true;
  return YEAR.test(text) && wordForm(text).trim().split(' ').some((word) => MONTH_KEYS.has(word));
}

/** The place-and-date blank or a written date: both become the member's own date line. */
export function isPlaceDateLine(text: string): boolean {
  return placeDateLabelled(text) || isDateLine(text);
}

/**
 * The sender blanks one line asks for: "Name: ____ Unterschrift: ____" → name, signature.
 * Each piece between blanks may start with a label; brackets as in "(Signature)" are ignored.
 */
export function senderBlanksOf(text: string): SenderBlank[] {
  const found = new Set<SenderBlank>();
  for (const piece of text.split(BLANK)) {
    const bare = piece.replace(BRACKETS, ' ').replace(/^[\s,;/]+/, '');
    if (!bare) continue;
    const sender = afterLabel(bare, SENDER_LABELS);
    if (sender && labelsBlank(sender.rest)) sender.entry.blanks.forEach((blank) => found.add(blank));
    else if (placeDateLabelled(bare)) found.add('placeDate');
  }
  return SENDER_BLANKS.filter((blank) => found.has(blank));
}

/** A line that is only blanks to fill in ("______________"), perhaps with punctuation between. */
export function isBlankOnly(line: CleanLine): boolean {
  return line.blanks > 0 && line.text.split(BLANK).every((piece) => /^[\s,.:;/-]*$/.test(piece));
}

const SENTENCE_END = /[.!?…]["'”»’)]*$/;

/** Running text rather than an address line or a label: a sentence, or a long line. */
export function isProse(text: string): boolean {
  if (text.length > 200) return true;
  const words = wordCount(text);
  if (words >= 6 && SENTENCE_END.test(text.slice(-6))) return true;
  return words >= 16;
}

export type ListMarker =
  | { kind: 'bullet'; text: string }
  /** "1." "2)" "(3)" or "a)" "b." — `value` counts from 1 for letters too; `style` tells runs apart. */
  | { kind: 'number'; value: number; style: string; text: string };

const DASH_MARKERS = new Set(['-', '–', '—']);
const NUMBERED = /^(\d{1,2})([.)]) +(?=\S)/;
const NUMBERED_IN_PARENTHESES = /^\((\d{1,2})\) +(?=\S)/;
const LETTERED = /^([a-z])([.)]) +(?=\S)/;
const LETTERED_IN_PARENTHESES = /^\(([a-z])\) +(?=\S)/;

/** The list marker a line starts with, if any, and the item's text after it. */
export function listMarkerOf(text: string): ListMarker | undefined {
  const first = text[0] ?? '';
  if (BULLET_MARKERS.includes(first)) {
    const rest = text.slice(1);
    if (DASH_MARKERS.has(first) && !rest.startsWith(' ')) return undefined;
    const item = rest.trim();
    return item ? { kind: 'bullet', text: item } : undefined;
  }
  const numbered = NUMBERED.exec(text) ?? NUMBERED_IN_PARENTHESES.exec(text);
  if (numbered) {
    const style = numbered[2] ?? '()';
    return { kind: 'number', value: Number(numbered[1]), style: `1${style}`, text: text.slice(numbered[0].length) };
  }
  const lettered = LETTERED.exec(text) ?? LETTERED_IN_PARENTHESES.exec(text);
  if (lettered) {
    const style = lettered[2] ?? '()';
    const value = (lettered[1] ?? 'a').charCodeAt(0) - 96;
    return { kind: 'number', value, style: `a${style}`, text: text.slice(lettered[0].length) };
  }
  return undefined;
}

/** Any label that starts a part of its own (used to keep wrapped-line joining away from it). */
export function isLabelLine(text: string): boolean {
  return (
    subjectAfterLabel(text) !== undefined ||
    copiesAfterLabel(text) !== undefined ||
    placeDateLabelled(text) ||
    senderBlanksOf(text).length > 0
  );
}
