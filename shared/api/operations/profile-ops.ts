import { z } from 'zod';
import { layoutSettingsSchema, senderProfileSchema } from '../../letter/options';
import { noInput } from './common';

export const settingsSchema = z.object({
  uiLanguage: z.enum(['en', 'fr', 'de', 'it']).optional(),
  theme: z.enum(['standard', 'high-contrast']).default('standard'),
  zoom: z.number().min(1).max(2).default(1),
  /** The first-run welcome (the four steps) was read and put away. */
  welcomeSeen: z.boolean().default(false),
  /** Letter-writing afternoons: one laptop for many members; "Next person" forgets the last one. */
  sharedComputer: z.boolean().default(false),
  /** Letters printed on this computer on `date` (local day), shown in shared-computer mode. */
  printedToday: z
    .object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count: z.number().int().min(0).max(1_000_000) })
    .optional(),
  /**
   * The member's envelope and printer (window side, fine-tuning, fold marks): set once on the
   * "Envelope and printer" page and used for every letter. Absent in files of older versions.
   */
  layout: layoutSettingsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The member's own details and the app's settings, saved as they change. */
export const profileOperations = {
  getProfile: { input: noInput, output: senderProfileSchema },
  saveProfile: { input: senderProfileSchema, output: z.void() },
  getSettings: { input: noInput, output: settingsSchema },
  saveSettings: { input: settingsSchema, output: z.void() },
} as const;
