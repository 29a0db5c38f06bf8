import { z } from 'zod';
import { isWindowsDeviceName } from '../../security/device-names';
import { visibleText } from '../../security/hidden-controls';
import { ENVELOPE_SIZE_IDS } from '../../envelope/sizes';
import { layoutSettingsSchema } from '../../letter/options';
import { MEMBER_FIELD_MAX } from '../../members/member';
import { noInput } from './common';

/**
 * The coordinator's batch: member lists, saved groups, one run of letters for a whole group,
 * and the print log. Personal data travels in these payloads; it stays on this machine.
 */

export const MAX_GROUP_MEMBERS = 20_000;

export const memberSchema = z.object({
  title: visibleText(MEMBER_FIELD_MAX.title).default(''),
  firstName: visibleText(MEMBER_FIELD_MAX.firstName).default(''),
  lastName: visibleText(MEMBER_FIELD_MAX.lastName).default(''),
  street: visibleText(MEMBER_FIELD_MAX.street).default(''),
  addressLine2: visibleText(MEMBER_FIELD_MAX.addressLine2).default(''),
  postcode: visibleText(MEMBER_FIELD_MAX.postcode).default(''),
  city: visibleText(MEMBER_FIELD_MAX.city).default(''),
  country: visibleText(MEMBER_FIELD_MAX.country).default(''),
  language: visibleText(MEMBER_FIELD_MAX.language).default(''),
});

// A group id names its file (groups/<id>.json): never a Windows device name such as "nul" or "com1".
const groupId = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/)
  .refine((id) => !isWindowsDeviceName(id));
const jobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

export const groupSummarySchema = z.object({
  id: groupId,
  name: z.string(),
  memberCount: z.number(),
  /** ISO time of the last save. */
  updated: z.string(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const groupSchema = z.object({
  id: groupId,
  name: z.string().min(1).max(120),
  members: z.array(memberSchema).max(MAX_GROUP_MEMBERS),
  updated: z.string(),
});
export type Group = z.infer<typeof groupSchema>;

/** A list read by main: its records, numbered as a spreadsheet shows them (header = row 1). */
export const memberListFileSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    fileName: z.string(),
    rows: z.array(z.object({ row: z.number(), cells: z.array(z.string()) })),
    /** Rows whose cells had hidden controls (direction overrides…) removed as read. */
    cleanedRows: z.array(z.number()),
  }),
  z.object({ ok: z.literal(false), fileName: z.string(), reason: z.enum(['unreadable', 'too-big', 'too-many', 'empty']) }),
]);
export type MemberListFile = z.infer<typeof memberListFileSchema>;

export const batchSettingsSchema = z.object({
  campaignId: z.string().min(1).max(100),
  langMode: z.enum(['one', 'own']),
  lang: z.string().min(2).max(20),
  salutationIndex: z.number().int().min(0).max(50),
  layout: layoutSettingsSchema,
  withCopies: z.boolean(),
  /** The option picked for each `{{a|b}}` choice; print-log entries from before had none (first options). */
  choices: z.array(z.number().int().min(0).max(20)).max(200).default([]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const batchOutputSchema = z.enum(['print', 'pdf', 'docx', 'pdf-each', 'docx-each']);
export type BatchOutput = z.infer<typeof batchOutputSchema>;

/** Who gets a letter and how it is written: shared by every output of a batch. */
const batchRunSchema = z.object({
  jobId,
  groupName: z.string().max(120),
  members: z.array(memberSchema).min(1).max(MAX_GROUP_MEMBERS),
  /** The same settings give the same letters (embassy copies included when chosen), hence the same addresses. */
  settings: batchSettingsSchema,
});

export const batchRequestSchema = batchRunSchema.extend({
  output: batchOutputSchema,
  /** Pad each letter to an even number of pages, so a two-sided printer starts each on a new sheet. */
  padToEven: z.boolean().default(false),
});
export type BatchRequest = z.input<typeof batchRequestSchema>;

/** Envelopes or address labels for the whole batch: one per letter the batch would print. */
export const batchEnvelopeOutputSchema = z.enum(['envelopes-print', 'envelopes-pdf', 'labels-pdf']);
export type BatchEnvelopeOutput = z.infer<typeof batchEnvelopeOutputSchema>;

export const batchEnvelopeRequestSchema = batchRunSchema.extend({
  output: batchEnvelopeOutputSchema,
  /** Ignored for labels. */
  size: z.enum(ENVELOPE_SIZE_IDS).default('c6-5'),
});
export type BatchEnvelopeRequest = z.input<typeof batchEnvelopeRequestSchema>;

export const batchResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed'), letters: z.number() }),
  /** `name`: the file, or the folder for one file per member; `files`: how many were written. */
  z.object({ status: z.literal('saved'), name: z.string(), files: z.number(), letters: z.number() }),
  /** Nothing half-written stays behind; `files`: whole files already written (one file per member). */
  z.object({ status: z.literal('cancelled'), files: z.number() }),
  /** `files`: whole files written before the failure (one file per member), in the print log. */
  z.object({ status: z.literal('failed'), message: z.string(), files: z.number().optional() }),
]);
export type BatchResult = z.infer<typeof batchResultSchema>;

export const printLogEntrySchema = z.object({
  id: z.string(),
  /** ISO time the job finished. */
  when: z.string(),
  campaignId: z.string(),
  campaignTitle: z.string(),
  groupName: z.string(),
  output: batchOutputSchema,
  settings: batchSettingsSchema,
  padToEven: z.boolean(),
  members: z.array(memberSchema),
});
export type PrintLogEntry = z.infer<typeof printLogEntrySchema>;

export const batchOperations = {
  /** Opens the file dialog in main and reads the chosen CSV or Excel list (null: cancelled). */
  chooseMemberList: { input: noInput, output: memberListFileSchema.nullable() },
  listGroups: { input: noInput, output: z.array(groupSummarySchema) },
  getGroup: { input: z.object({ id: groupId }), output: groupSchema },
  /** Creates a group (no id) or replaces one (also one just deleted: that is how undo works). */
  saveGroup: {
    input: z.object({ id: groupId.optional(), name: z.string().trim().min(1).max(120), members: groupSchema.shape.members }),
    output: groupSummarySchema,
  },
  deleteGroup: { input: z.object({ id: groupId }), output: z.void() },
  /** Writes the group as CSV (UTF-8 with BOM, headers in the UI language) where the coordinator says. */
  exportGroupCsv: {
    input: z.object({ id: groupId }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), fileName: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('failed'), message: z.string() }),
    ]),
  },
  /** Prints or saves the letters of a whole group; progress arrives as jobProgress events. */
  runBatch: { input: batchRequestSchema, output: batchResultSchema },
  /**
   * Envelopes or labels for the letters runBatch would make, with the same progress and Stop; the
   * result's `letters` counts envelopes or labels. Not a letter output, so not in the print log.
   */
  runBatchEnvelopes: { input: batchEnvelopeRequestSchema, output: batchResultSchema },
  cancelJob: { input: z.object({ jobId }), output: z.void() },
  listPrintLog: { input: noInput, output: z.array(printLogEntrySchema) },
} as const;
