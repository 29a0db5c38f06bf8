import { z } from 'zod';
import { layoutSettingsSchema, letterOptionsSchema, senderProfileSchema } from '../../letter/options';

export const outputFormatSchema = z.enum(['pdf', 'docx']);
export type OutputFormat = z.infer<typeof outputFormatSchema>;

export const saveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const printResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type PrintResult = z.infer<typeof printResultSchema>;

export const letterRequestSchema = z.object({
  options: letterOptionsSchema,
  profile: senderProfileSchema,
  /** The embassy copy is part of the appeal: made unless the member turns it off. */
  withCopies: z.boolean().default(true),
});

/** The test page: a sheet showing where the envelope window is, for the member's envelope and printer. */
export const testPageRequestSchema = z.object({ layout: layoutSettingsSchema });

/** One member's letter: printed or saved by main, composed from the same inputs as the preview. */
export const letterOperations = {
  exportLetter: {
    input: letterRequestSchema.extend({ format: outputFormatSchema }),
    output: saveResultSchema,
  },
  printLetter: { input: letterRequestSchema, output: printResultSchema },
  printTestPage: { input: testPageRequestSchema, output: printResultSchema },
  exportTestPagePdf: { input: testPageRequestSchema, output: saveResultSchema },
} as const;
