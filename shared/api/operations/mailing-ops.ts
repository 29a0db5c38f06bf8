import { z } from 'zod';
import { languageCodeSchema } from '../../campaign/schema';
import { ENVELOPE_SIZE_IDS } from '../../envelope/sizes';
import { layoutSettingsSchema } from '../../letter/options';
import { MAX_FOYER_SHEETS } from '../../mailing/foyer-limits';
import { batchResultSchema } from './batch-ops';
import { saveResultSchema } from './letter-ops';
import { noInput } from './common';

/**
 * Letter afternoons: foyer sheets (letters complete but for the sender, to fill in by hand), the
 * mailing summary (where the letters go, which stamps to buy), and the count of letters sent.
 * No member data travels here: counts and the campaign only.
 */

const jobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const languageCountSchema = z.object({ lang: languageCodeSchema.max(20), count: z.number().int().min(0).max(MAX_FOYER_SHEETS) });
export type LanguageCount = z.infer<typeof languageCountSchema>;

export const foyerRequestSchema = z.object({
  jobId,
  campaignId: z.string().min(1).max(100),
  /** "12 in German, 8 in French". */
  counts: z.array(languageCountSchema).min(1).max(10),
  salutationIndex: z.number().int().min(0).max(50).default(0),
  /** The text's choices picked once, or 'both' printed as "member / supporter" to strike through. */
  choices: z.union([z.literal('both'), z.array(z.number().int().min(0).max(20)).max(200)]).default('both'),
  /** Today's place for the date line; empty leaves a line to fill in. */
  place: z.string().max(120).default(''),
  withCopies: z.boolean().default(true),
  layout: layoutSettingsSchema,
  date: isoDate,
  /** The sheets, or the recipients' envelopes (of `size`) or address labels to go with them. */
  output: z.enum(['print', 'pdf', 'docx', 'envelopes-print', 'envelopes-pdf', 'labels-pdf']),
  size: z.enum(ENVELOPE_SIZE_IDS).default('c6-5'),
});
export type FoyerRequest = z.input<typeof foyerRequestSchema>;

export const postagePricesSchema = z.object({
  home: z.number().min(0).max(100),
  abroad: z.number().min(0).max(100),
  byRegion: z.record(z.string().regex(/^[A-Z]{2}$/), z.number().min(0).max(100)),
});
export type PostagePricesResult = z.infer<typeof postagePricesSchema>;

export const mailingRequestSchema = z.object({
  campaignId: z.string().min(1).max(100),
  letters: z.array(languageCountSchema).max(20),
  withCopies: z.boolean(),
});
export type MailingRequest = z.input<typeof mailingRequestSchema>;

export const mailingSummarySchema = z.object({
  letters: z.number(),
  destinations: z.array(
    z.object({
      to: z.union([z.literal('recipient'), z.number()]),
      name: z.string(),
      town: z.string(),
      region: z.string(),
      letters: z.number(),
      byLanguage: z.record(z.string(), z.number()),
      stampChf: z.number(),
      priceSource: z.enum(['campaign', 'country', 'home', 'abroad']),
    }),
  ),
  stamps: z.array(z.object({ chf: z.number(), count: z.number() })),
  totalChf: z.number(),
  deadline: z.string().optional(),
  /** The campaign's postal note in the UI language, if it has one ("Send c/o the embassy: …"). */
  postalNote: z.string().optional(),
});
export type MailingSummaryResult = z.infer<typeof mailingSummarySchema>;

const countSchema = z.object({ letters: z.number(), copies: z.number(), byLanguage: z.record(z.string(), z.number()) });
export const yearCountSchema = z.object({
  year: z.number(),
  letters: z.number(),
  campaigns: z.array(
    countSchema.extend({ campaignId: z.string(), campaignTitle: z.string(), byGroup: z.record(z.string(), countSchema) }),
  ),
});
export type YearCountResult = z.infer<typeof yearCountSchema>;

const year = z.number().int().min(2000).max(2200);

export const mailingOperations = {
  /** Foyer sheets in several languages, printed or saved as one file, with progress and Stop (cancelJob). */
  runFoyer: { input: foyerRequestSchema, output: batchResultSchema },
  mailingSummary: { input: mailingRequestSchema, output: mailingSummarySchema },
  /** The summary as a printable page: printed, or saved as PDF or Word. */
  outputMailingSummary: { input: mailingRequestSchema.extend({ output: z.enum(['print', 'pdf', 'docx']) }), output: batchResultSchema },
  getPostagePrices: { input: noInput, output: postagePricesSchema },
  savePostagePrices: { input: postagePricesSchema, output: z.void() },
  /** Letters printed or saved in a year, per campaign; never names. */
  lettersSentInYear: { input: z.object({ year }), output: yearCountSchema },
  /** The year's counts as CSV for the organisation, where the coordinator says. */
  exportLettersSentCsv: { input: z.object({ year }), output: saveResultSchema },
} as const;
