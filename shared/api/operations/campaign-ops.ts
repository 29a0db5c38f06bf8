import { z } from 'zod';
import { campaignSchema } from '../../campaign/schema';
import { noInput } from './common';
import { saveResultSchema } from './letter-ops';

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

/**
 * The outcome of a change to the library. A refusal (a bundled campaign cannot be deleted, the
 * disk is full …) is an answer, not an exception: `message` is a sentence in the UI language.
 */
export const libraryChangeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type LibraryChange = z.infer<typeof libraryChangeSchema>;

const campaignId = z.string().min(1).max(100);

/** The campaign library: browse, import (preview first, then all or nothing), export, tidy up. */
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
  /** Moves a campaign to the archived letters (`archived: true`) or back into the list. */
  archiveCampaign: { input: z.object({ id: campaignId, archived: z.boolean() }), output: libraryChangeSchema },
  /** Deletes one of the member's own campaigns; it can be brought back with undoRemoveCampaign. */
  removeCampaign: { input: z.object({ id: campaignId }), output: libraryChangeSchema },
  undoRemoveCampaign: { input: z.object({ id: campaignId }), output: libraryChangeSchema },
  /** Asks where to save (system dialog in main) and writes one campaign, or several as a bundle. */
  exportCampaigns: { input: z.object({ ids: z.array(campaignId).min(1).max(1000) }), output: saveResultSchema },
  /** What went wrong while opening the stored files at start-up, as sentences in the UI language. */
  libraryProblems: { input: noInput, output: z.array(z.string()) },
} as const;
