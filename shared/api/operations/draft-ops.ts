import { z } from 'zod';
import { campaignDraftSchema, MAX_DRAFT_TEXT } from '../../campaign/draft';
import { LETTER_PARTS, SENDER_BLANKS, UNSURE_REASONS } from '../../campaign/from-letter/types';
import { noInput } from './common';
import { libraryChangeSchema } from './campaign-ops';

/**
 * Making and editing campaigns: a coordinator starts from the month's letter (a Word file, a PDF,
 * pasted e-mail text), from a copy of a campaign, or from nothing; edits a draft that is saved as
 * they type; and publishes it into their letters, from where "Share…" (exportCampaigns) writes it.
 */

// A draft id names its file (drafts/<id>.json): a UUID, never anything path-like.
const draftId = z.string().regex(/^[a-f0-9-]{8,64}$/);
const campaignId = z.string().min(1).max(100);
const languageCode = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).max(20);

/** What the app read out of a letter, per language: each part beside the letter's own text. */
export const recognitionReportSchema = z.object({
  fileName: z.string().max(260),
  parts: z
    .array(
      z.object({
        part: z.enum(LETTER_PARTS),
        original: z.string().max(MAX_DRAFT_TEXT),
        sure: z.boolean(),
        reasons: z.array(z.enum(UNSURE_REASONS)).max(20),
      }),
    )
    .max(50),
  /** Text of the letter that matched no part: shown for the coordinator to place. */
  unplaced: z.array(z.string().max(MAX_DRAFT_TEXT)).max(500),
  senderBlanks: z.array(z.enum(SENDER_BLANKS)).max(10),
});
export type RecognitionReport = z.infer<typeof recognitionReportSchema>;

export const draftOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.literal('letter') }),
  /** A copy of a campaign under a new id (bundled ones included). */
  z.object({ kind: z.literal('copy'), campaignId }),
  /** A new revision of one of the member's campaigns: publishing replaces it. */
  z.object({ kind: z.literal('edit'), campaignId }),
]);
export type DraftOrigin = z.infer<typeof draftOriginSchema>;

export const draftSchema = z.object({
  id: draftId,
  /** ISO time of the last save. */
  updated: z.string().max(40),
  origin: draftOriginSchema,
  campaign: campaignDraftSchema,
  /** Per language code, what was recognised in the letter it came from (none when typed). */
  recognition: z.record(languageCode, recognitionReportSchema).default({}),
  /** Where the editor was, so that a draft opens again there (section name, language). */
  place: z.object({ section: z.string().max(40), language: z.string().max(20).optional() }).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftSummarySchema = z.object({
  id: draftId,
  title: z.string(),
  updated: z.string(),
  origin: draftOriginSchema,
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

/** A letter read into a draft, or why it could not be (a sentence in the UI language). */
export const fromLetterResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    draft: draftSchema,
    /** When a language was added: how the new letter's recipient differs from the draft's. */
    recipientDifferences: z.array(z.enum(['name', 'role', 'gender', 'address'])).default([]),
  }),
  z.object({ ok: z.literal(false), fileName: z.string(), message: z.string() }),
]);
export type FromLetterResult = z.infer<typeof fromLetterResultSchema>;

/** Where a letter comes from: a file the member picks (dialog in main), or text they pasted. */
const letterSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file') }),
  z.object({ kind: z.literal('text'), text: z.string().min(1).max(MAX_DRAFT_TEXT * 4) }),
]);

export const publishResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), campaignId: z.string(), revision: z.number() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type PublishResult = z.infer<typeof publishResultSchema>;

export const draftOperations = {
  listDrafts: { input: noInput, output: z.array(draftSummarySchema) },
  getDraft: { input: z.object({ id: draftId }), output: draftSchema },
  /** A new draft: empty, a copy of a campaign (new id), or the next revision of one. */
  newDraft: {
    input: z.object({ from: z.discriminatedUnion('kind', [z.object({ kind: z.literal('blank') }), z.object({ kind: z.enum(['copy', 'edit']), campaignId })]) }),
    output: draftSchema,
  },
  /** Reads a letter (file dialog in main, or pasted text) into a new draft. `null`: cancelled. */
  draftFromLetter: {
    input: z.object({ source: letterSourceSchema, language: languageCode.optional() }),
    output: fromLetterResultSchema.nullable(),
  },
  /**
   * Adds the letter's text in another language to a draft (the language found in the letter when
   * none is given; a language the draft has is replaced); says how its recipient differs.
   */
  addLetterLanguage: {
    input: z.object({ id: draftId, source: letterSourceSchema, language: languageCode.optional() }),
    output: fromLetterResultSchema.nullable(),
  },
  /** Saves the draft as it is now (the editor calls this as the coordinator types). */
  saveDraft: {
    input: z.object({ draft: draftSchema }),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), updated: z.string() }), z.object({ ok: z.literal(false), message: z.string() })]),
  },
  deleteDraft: { input: z.object({ id: draftId }), output: libraryChangeSchema },
  /**
   * Checks the draft as a campaign file and puts it among the member's letters; a campaign that
   * already exists gets the next revision, so that a shared update replaces the old one.
   */
  publishDraft: { input: z.object({ id: draftId }), output: publishResultSchema },
} as const;
