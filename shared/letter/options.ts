import { z } from 'zod';
import { LAYOUT_IDS } from './layouts';
import { visibleText } from '../security/hidden-controls';

/**
 * The member's details, as they type them. Personal data: stays on this machine, never logged.
 * Saved without hidden controls (a right-to-left override would print the name reversed).
 */
export const senderProfileSchema = z.object({
  title: visibleText(60).default(''),
  firstName: visibleText(120).default(''),
  lastName: visibleText(120).default(''),
  street: visibleText(200).default(''),
  /** A second line under the street: PO box, c/o, flat. Optional; older profiles have none. */
  addressLine2: visibleText(200).default(''),
  postcode: visibleText(20).default(''),
  city: visibleText(120).default(''),
  country: visibleText(120).default(''),
  /** The place in the date line; empty means "the city". */
  datePlace: visibleText(120).default(''),
  /** Print only initials and town (advice for members who travel to the country). */
  initialsOnly: z.boolean().default(false),
});
export type SenderProfile = z.infer<typeof senderProfileSchema>;

export const layoutSettingsSchema = z.object({
  preset: z.enum(LAYOUT_IDS),
  offsetMm: z.object({ x: z.number().min(-20).max(20), y: z.number().min(-20).max(20) }),
  foldMarks: z.boolean(),
});

/** Everything a member chooses for one letter, apart from who they are. */
export const letterOptionsSchema = z.object({
  campaignId: z.string().min(1).max(100),
  lang: z.string().min(2).max(20),
  /** Index into the offered salutation/closing pairs (0 = the first, the default). */
  salutationIndex: z.number().int().min(0).max(50).default(0),
  /** For each `{{a|b}}` choice in the body, in order of appearance: the index picked. */
  choices: z.array(z.number().int().min(0).max(20)).max(200).default([]),
  personalText: z.string().max(4000).default(''),
  layout: layoutSettingsSchema,
  /** ISO date printed in the date line. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type LetterOptions = z.infer<typeof letterOptionsSchema>;
