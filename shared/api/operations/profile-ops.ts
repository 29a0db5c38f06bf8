import { z } from 'zod';
import { senderProfileSchema } from '../../letter/options';
import { noInput } from './common';

export const settingsSchema = z.object({
  uiLanguage: z.enum(['en', 'fr', 'de', 'it']).optional(),
  theme: z.enum(['standard', 'high-contrast']).default('standard'),
  zoom: z.number().min(1).max(2).default(1),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The member's own details and the app's settings, saved as they change. */
export const profileOperations = {
  getProfile: { input: noInput, output: senderProfileSchema },
  saveProfile: { input: senderProfileSchema, output: z.void() },
  getSettings: { input: noInput, output: settingsSchema },
  saveSettings: { input: settingsSchema, output: z.void() },
} as const;
