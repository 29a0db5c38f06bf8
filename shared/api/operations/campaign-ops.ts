import { z } from 'zod';
import { campaignSchema, GENDERS, ROLES } from '../../campaign/schema';
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
  /** ISO 3166-1 alpha-2, as in the file; the name shown comes from shared/i18n/country-names.ts. */
  countryCode: z.string().optional(),
  /** Title per language code. */
  titles: z.record(z.string(), z.string()),
  languages: z.array(z.string()),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

/** The longest name, address line or publisher the import preview shows; main shortens longer ones. */
export const IMPORT_SHOWN_TEXT_MAX = 300;
/** The most changed copies listed for one update; the rest are counted in `moreCopyChanges`. */
export const IMPORT_SHOWN_COPIES_MAX = 20;

const shownText = z.string().max(IMPORT_SHOWN_TEXT_MAX);

/** One address line; `changed`: the other version does not have it there (new, gone or edited). */
export const shownLineSchema = z.object({ text: shownText, changed: z.boolean() });

/** A recipient or a copy as the preview shows it, its address lines marked against the other version. */
export const shownPersonSchema = z.object({
  name: shownText,
  familyName: shownText.optional(),
  role: z.enum(ROLES),
  gender: z.enum(GENDERS),
  address: z.array(shownLineSchema).max(6),
});
export type ShownPerson = z.infer<typeof shownPersonSchema>;

export const PERSON_PARTS = ['name', 'familyName', 'role', 'gender', 'address'] as const;
export type PersonPart = (typeof PERSON_PARTS)[number];

/** A person before and after an update: both for a change, only `after` for an added copy, only `now` for a removed one. */
export const personChangeSchema = z.object({
  now: shownPersonSchema.optional(),
  after: shownPersonSchema.optional(),
  /** The parts that differ; every part the person has when they are added or removed. */
  changed: z.array(z.enum(PERSON_PARTS)).max(PERSON_PARTS.length),
});
export type PersonChange = z.infer<typeof personChangeSchema>;

/** Where the letters go and who they say they come from, now and after the update: only what differs. */
export const updateChangesSchema = z.object({
  recipient: personChangeSchema.optional(),
  copies: z.array(personChangeSchema).max(IMPORT_SHOWN_COPIES_MAX),
  /** Changed copies beyond those listed (a file may hold any number). */
  moreCopyChanges: z.number().int().min(0),
  publisher: z.object({ now: shownText, after: shownText }).optional(),
});
export type UpdateChanges = z.infer<typeof updateChangesSchema>;

export const importUpdateSchema = z.object({
  id: z.string(),
  title: z.string(),
  from: z.number(),
  to: z.number(),
  /** Absent when the recipient, the copies and the publisher stay as they are. */
  changes: updateChangesSchema.optional(),
  /** The campaign came with the app (true only; absent means false). */
  replacesBundled: z.boolean().optional(),
  /** The file names another publisher than the campaign the member has (true only; absent means false). */
  otherPublisher: z.boolean().optional(),
});
export type ImportUpdate = z.infer<typeof importUpdateSchema>;

export const importPreviewSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    token: z.string(),
    fileName: z.string(),
    added: z.array(z.object({ id: z.string(), title: z.string() })),
    /** Each with what changes; one with `replacesBundled` or `otherPublisher` must be confirmed deliberately. */
    updated: z.array(importUpdateSchema),
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
  /**
   * Saves what the preview offered. `trusted` is the member's deliberate "I trust this file": an
   * update the preview warned about (replacesBundled, otherPublisher) is refused without it.
   */
  confirmImport: { input: z.object({ token: z.string().max(100), trusted: z.boolean().default(false) }), output: z.array(z.string()) },
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
