import { z } from 'zod';
import { ENVELOPE_SIZE_IDS } from '../../envelope/sizes';
import { letterRequestSchema, printResultSchema, saveResultSchema } from './letter-ops';

export const envelopeSizeSchema = z.enum(ENVELOPE_SIZE_IDS);

/** The same request as a letter (so the envelope carries the letter's own addresses), plus the size. */
export const envelopeRequestSchema = letterRequestSchema.extend({ size: envelopeSizeSchema });

/**
 * Envelopes and address labels, for members without window envelopes: one envelope or label per
 * letter (the letter to the recipient, and each embassy copy when `withCopies`).
 */
export const envelopeOperations = {
  printEnvelopes: { input: envelopeRequestSchema, output: printResultSchema },
  exportEnvelopesPdf: { input: envelopeRequestSchema, output: saveResultSchema },
  /** A4 sheets of address labels (shared/envelope/labels.ts names the format). */
  exportLabelsPdf: { input: letterRequestSchema, output: saveResultSchema },
} as const;
