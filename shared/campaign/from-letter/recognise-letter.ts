/**
 * An appeal letter's plain text (from a DOCX, a PDF's text layer or an e-mail) read into its
 * parts: recipient, place-and-date, subject, salutation, body, closing, sender blanks, copies,
 * footer. Pure and linear in the text's length: it runs on pasted text of any shape.
 */
import type { SalutationPair } from '../schema';
import { baseLanguage, offeredForms } from '../../letter/languages';
import { LETTER_PARTS, SENDER_BLANKS, type LetterPart, type LetterRecognition, type RecognisedPart, type UnsureReason } from './types';
import { cleanLetterText } from './clean-text';
import { detectLanguage } from './detect-language';
import { segmentLetter } from './letter-segments';
import { assign, newReading, type LetterReading } from './letter-reading';
import { readHeader, readTail } from './letter-regions';
import { readRecipient, salutationInTables, type RecipientReading } from './recipient';
import { bodyMarkdown } from './body-markdown';

export interface RecogniseOptions {
  /** The letter's language (BCP 47) when the caller knows it; detected from the words otherwise. */
  language?: string;
}

// The recognition report holds at most 500 unplaced entries (shared/api/operations/draft-ops.ts).
const MAX_UNPLACED_ENTRIES = 400;

function textOf(reading: LetterReading, part: LetterPart): string {
  return reading.lines
    .filter((line, i) => line.text && reading.parts[i]?.includes(part))
    .map((line) => line.text)
    .join('\n');
}

/**
 * Unclaimed lines in the letter's order, neighbours (empty lines between allowed) as one entry;
 * past the limit, further lines join the last entry rather than being dropped.
 */
function unplacedOf(reading: LetterReading): string[] {
  const entries: string[][] = [];
  let open = false;
  reading.lines.forEach((line, i) => {
    if (!line.text) return;
    if ((reading.parts[i]?.length ?? 0) > 0) {
      open = false;
      return;
    }
    if (!open && entries.length < MAX_UNPLACED_ENTRIES) entries.push([]);
    open = true;
    entries[entries.length - 1]?.push(line.text);
  });
  return entries.map((lines) => lines.join('\n'));
}

function partOf(part: LetterPart, original: string, reasons: UnsureReason[]): RecognisedPart {
  return { part, original, sure: reasons.length === 0, reasons };
}

export function recogniseLetter(text: string, options: RecogniseOptions = {}): LetterRecognition {
  const cleaned = cleanLetterText(text);
  const given = options.language?.trim();
  const language = given || detectLanguage(cleaned.map((line) => line.text));
  const lang = baseLanguage(language);
  const segments = segmentLetter(cleaned, lang);
  const { lines } = segments;
  const reading = newReading(lines);

  readHeader(reading, 0, segments.salutation >= 0 ? segments.salutation : segments.bodyStart);
  if (segments.salutation >= 0) assign(reading, segments.salutation, 'salutation');
  for (let i = segments.bodyStart; i < segments.bodyEnd; i++) if (lines[i]?.text) assign(reading, i, 'body');
  if (segments.closing >= 0) assign(reading, segments.closing, 'closing');
  readTail(reading, segments.tailStart, lines.length);

  const salutation = lines[segments.salutation]?.text;
  const closing = lines[segments.closing]?.text;
  const recipient: RecipientReading | undefined = reading.addressLines ? readRecipient(reading.addressLines, salutation, lang) : undefined;
  const person = recipient?.person ?? null;

  let ownSalutations: SalutationPair[] | undefined;
  if (salutation && !salutationInTables(salutation, lang, person)) {
    const closingFallback = person ? (offeredForms(lang, person)[0]?.closing ?? '') : '';
    ownSalutations = [{ salutation, closing: closing ?? closingFallback }];
  }

  const bodyLines = lines.slice(segments.bodyStart, segments.bodyEnd).map((line) => line.text);
  const body = bodyMarkdown(bodyLines);
  const footer = textOf(reading, 'footer');

  const reasons: Record<LetterPart, UnsureReason[]> = {
    recipient: recipient
      ? [...(recipient.roleGuessed ? (['roleGuessed'] as const) : []), ...(recipient.genderGuessed ? (['genderGuessed'] as const) : [])]
      : ['addressNotFound'],
    placeDate: [],
    subject: [],
    salutation: ownSalutations ? ['salutationNotInTables'] : [],
    body: [
      ...(segments.salutation < 0 ? (['salutationNotFound'] as const) : []),
      ...(segments.closing < 0 ? (['closingNotFound'] as const) : []),
      ...(body.choices > 0 ? (['choiceMade'] as const) : []),
      ...(given ? [] : (['languageGuessed'] as const)),
    ],
    signature: [],
    closing: [],
    copies: reading.copies.some((copy) => copy.roleGuessed) ? ['copyRoleGuessed'] : [],
    footer: ['footerGuessed'],
  };
  const parts = LETTER_PARTS.flatMap((part) => {
    const original = textOf(reading, part);
    // A campaign needs both: when none was found the part is still listed, with the reason why.
    const always = part === 'recipient' || part === 'body';
    return original || always ? [partOf(part, original, reasons[part])] : [];
  });

  return {
    language,
    recipient: person,
    copies: reading.copies.map((copy) => copy.person),
    ...(reading.subject ? { subject: reading.subject } : {}),
    ...(salutation ? { salutation } : {}),
    ...(closing ? { closing } : {}),
    ...(ownSalutations ? { ownSalutations } : {}),
    body: body.markdown,
    ...(footer ? { footer } : {}),
    senderBlanks: SENDER_BLANKS.filter((blank) => reading.senderBlanks.has(blank)),
    parts,
    unplaced: unplacedOf(reading),
  };
}
