import { z } from 'zod';
import { GENDERS, ROLES } from './people-kinds';

export { GENDERS, ROLES, type Gender, type Role } from './people-kinds';

/**
 * The campaign file contract (../shared/campaign-format.md, version 1) as zod schemas.
 * Objects are "loose": unknown fields survive a parse so that export round-trips them.
 */

export const CAMPAIGN_FORMAT = 'appeal-letters/campaign';
export const BUNDLE_FORMAT = 'appeal-letters/bundle';
export const SUPPORTED_FORMAT_VERSION = 1;

export const campaignIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,80}$/);
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealCalendarDate, 'not a real calendar date');

export function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const personSchema = z.looseObject({
  role: z.enum(ROLES),
  gender: z.enum(GENDERS),
  name: z.string().trim().min(1),
  familyName: z.string().trim().min(1).optional(),
  address: z.array(z.string().trim().min(1)).min(1).max(6),
});

/**
 * The most characters one text of a letter may have (about 20 pages). Real letters are 2–10 KB; a
 * text far longer is no letter, and would only make the preview, the PDF and the print run slow. It
 * is refused at import and said in words (problem `letterTooLong`).
 */
export const MAX_LETTER_TEXT_CHARS = 64 * 1024;
const letterText = () => z.string().max(MAX_LETTER_TEXT_CHARS);
const filledLetterText = () => z.string().trim().min(1).max(MAX_LETTER_TEXT_CHARS);

export const salutationPairSchema = z.looseObject({
  salutation: filledLetterText(),
  closing: filledLetterText(),
});

export const letterTextSchema = z.looseObject({
  title: filledLetterText(),
  summary: letterText().optional(),
  subject: letterText().optional(),
  body: filledLetterText(),
  salutations: z.array(salutationPairSchema).min(1).optional(),
  footer: letterText().optional(),
  postage: letterText().optional(),
  /** A note about posting, shown to the coordinator with the mailing summary ("Post is suspended: send c/o the embassy"). */
  postalNote: letterText().optional(),
});

export const languageCodeSchema = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/);

export const campaignSchema = z.looseObject({
  format: z.literal(CAMPAIGN_FORMAT),
  formatVersion: z.literal(SUPPORTED_FORMAT_VERSION),
  id: campaignIdSchema,
  revision: z.number().int().min(1).optional(),
  publisher: z.string().trim().min(1),
  published: isoDateSchema,
  deadline: isoDateSchema.optional(),
  country: z.string().optional(),
  /** ISO 3166-1 alpha-2 ("AZ"): the app shows the country's name in the member's language. */
  countryCode: z.string().regex(/^[A-Z]{2}$/).optional(),
  recipient: personSchema,
  copies: z.array(personSchema).optional(),
  languages: z
    .record(languageCodeSchema, letterTextSchema)
    .refine((langs) => Object.keys(langs).length > 0, 'at least one language'),
});

export const bundleSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(SUPPORTED_FORMAT_VERSION),
  campaigns: z.array(z.unknown()).min(1),
});

export type Person = z.infer<typeof personSchema>;
export type SalutationPair = z.infer<typeof salutationPairSchema>;
export type LetterText = z.infer<typeof letterTextSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
