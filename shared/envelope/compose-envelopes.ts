import type { LetterDocument } from '../letter/model';
import type { EnvelopeDocument, LabelSheetDocument } from './model';
import type { EnvelopeSizeId } from './sizes';
import { DEFAULT_LABEL_FORMAT, type LabelFormatId } from './labels';

/**
 * Envelopes and labels are made from the composed letters themselves (compose.ts's
 * composeWithCopies): the same recipient lines, the same sender lines, one per letter — so the
 * envelope can never disagree with the letter it carries.
 */

function recipientLines(letter: LetterDocument): string[] {
  for (const block of letter.blocks) if (block.kind === 'recipient') return [...block.lines];
  return [];
}

function senderLines(letter: LetterDocument): string[] {
  for (const block of letter.blocks) if (block.kind === 'sender') return [...block.lines];
  return [];
}

export function envelopesFor(letters: LetterDocument[], size: EnvelopeSizeId): EnvelopeDocument[] {
  return letters.map((letter) => ({
    size,
    lang: letter.lang,
    recipient: recipientLines(letter),
    returnAddress: senderLines(letter),
  }));
}

export function labelsFor(letters: LetterDocument[], format: LabelFormatId = DEFAULT_LABEL_FORMAT): LabelSheetDocument {
  return {
    format,
    lang: letters[0]?.lang ?? 'en',
    labels: letters.map(recipientLines).filter((lines) => lines.length > 0),
  };
}
