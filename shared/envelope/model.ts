import type { EnvelopeSizeId } from './sizes';
import type { LabelFormatId } from './labels';

/**
 * What is printed on an envelope or an address label: lines only, no positions. The positions
 * come from sizes.ts and labels.ts, so the print page and the tests read the same millimetres.
 * Built from composed letters (compose-envelopes.ts): the address on the envelope is the very
 * address in the letter.
 */
export interface EnvelopeDocument {
  size: EnvelopeSizeId;
  /** BCP 47 code of the letter's language (hyphenation and quotes, as for the letter). */
  lang: string;
  /** The recipient's lines, as in the letter's address field. */
  recipient: string[];
  /** The sender's lines, as in the letter's sender block (the return address, top left). */
  returnAddress: string[];
}

/** One label per letter, in the order of the letters; sheets fill row by row. */
export interface LabelSheetDocument {
  format: LabelFormatId;
  lang: string;
  labels: string[][];
}
