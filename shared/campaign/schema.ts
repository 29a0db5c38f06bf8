import { z } from 'zod';

/**
 * The campaign file contract (../shared/campaign-format.md, version 1) as zod schemas.
 * Objects are "loose": unknown fields survive a parse so that export round-trips them.
 */

export const CAMPAIGN_FORMAT = 'appeal-letters/campaign';
export const BUNDLE_FORMAT = 'appeal-letters/bundle';
export const SUPPORTED_FORMAT_VERSION = 1;

export const ROLES = [
  'head-of-state',
  'head-of-government',
  'minister',
  'ambassador',
  'prosecutor',
  'judge',
  'governor',
  'official',
  'other',
] as const;
export const GENDERS = ['female', 'male', 'unspecified'] as const;

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

export const salutationPairSchema = z.looseObject({
  salutation: z.string().trim().min(1),
  closing: z.string().trim().min(1),
});

export const letterTextSchema = z.looseObject({
  title: z.string().trim().min(1),
  summary: z.string().optional(),
  subject: z.string().optional(),
  body: z.string().trim().min(1),
  salutations: z.array(salutationPairSchema).min(1).optional(),
  footer: z.string().optional(),
  postage: z.string().optional(),
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

export type Role = (typeof ROLES)[number];
export type Gender = (typeof GENDERS)[number];
export type Person = z.infer<typeof personSchema>;
export type SalutationPair = z.infer<typeof salutationPairSchema>;
export type LetterText = z.infer<typeof letterTextSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
