/**
 * The offices and genders a person of a campaign can have (campaign-format.md, "A person"), as
 * plain lists: schema.ts validates with them, and the renderer offers them without bringing zod
 * into its bundle.
 */
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

export type Role = (typeof ROLES)[number];
export type Gender = (typeof GENDERS)[number];
