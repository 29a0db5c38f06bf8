import { z } from 'zod';
import { campaignSchema } from '../../campaign/schema';
import { noInput } from './common';

export const campaignSummarySchema = z.object({
  id: z.string(),
  revision: z.number(),
  bundled: z.boolean(),
  archived: z.boolean(),
  publisher: z.string(),
  published: z.string(),
  deadline: z.string().optional(),
  country: z.string().optional(),
  /** Title per language code. */
  titles: z.record(z.string(), z.string()),
  languages: z.array(z.string()),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const importPreviewSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    token: z.string(),
    fileName: z.string(),
    added: z.array(z.object({ id: z.string(), title: z.string() })),
    updated: z.array(z.object({ id: z.string(), title: z.string(), from: z.number(), to: z.number() })),
    skipped: z.array(z.object({ id: z.string(), title: z.string(), reason: z.string() })),
  }),
  z.object({ ok: z.literal(false), fileName: z.string(), message: z.string() }),
]);
export type ImportPreview = z.infer<typeof importPreviewSchema>;

const campaignId = z.string().min(1).max(100);

/** The campaign library: browse, import (preview first, then all or nothing). */
export const campaignOperations = {
  listCampaigns: { input: noInput, output: z.array(campaignSummarySchema) },
  getCampaign: { input: z.object({ id: campaignId }), output: campaignSchema },
  /** Opens the system file dialog in main and previews what the chosen file holds. */
  chooseImportFile: { input: noInput, output: importPreviewSchema.nullable() },
  /** Previews a file the member dropped on the window (its text; main checks size and content). */
  previewImport: {
    input: z.object({ fileName: z.string().max(260), contents: z.string().max(6 * 1024 * 1024) }),
    output: importPreviewSchema,
  },
  confirmImport: { input: z.object({ token: z.string().max(100) }), output: z.array(z.string()) },
} as const;
