import { z } from 'zod';
import { letterOptionsSchema, senderProfileSchema } from '../letter/options';
import { campaignSchema } from '../campaign/schema';

/**
 * The one contract between the renderer and the main process. Every operation the renderer may
 * call is listed here with zod schemas for its input and its result. The preload exposes one
 * named function per entry (over IPC); the end-to-end harness binds the same real services into
 * a Chromium page. Main validates every input against `input` before any service sees it.
 */

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

export const settingsSchema = z.object({
  uiLanguage: z.enum(['en', 'fr', 'de', 'it']).optional(),
  theme: z.enum(['standard', 'high-contrast']).default('standard'),
  zoom: z.number().min(1).max(2).default(1),
});
export type Settings = z.infer<typeof settingsSchema>;

export const outputFormatSchema = z.enum(['pdf', 'docx']);
export type OutputFormat = z.infer<typeof outputFormatSchema>;

export const saveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const printResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type PrintResult = z.infer<typeof printResultSchema>;

const letterRequestSchema = z.object({
  options: letterOptionsSchema,
  profile: senderProfileSchema,
  withCopies: z.boolean().default(false),
});

const none = z.undefined();

export const apiContract = {
  listCampaigns: { input: none, output: z.array(campaignSummarySchema) },
  getCampaign: { input: z.object({ id: z.string().min(1).max(100) }), output: campaignSchema },
  /** Opens the system file dialog in main and previews what the chosen file holds. */
  chooseImportFile: { input: none, output: importPreviewSchema.nullable() },
  /** Previews a file the member dropped on the window (its text; main checks size and content). */
  previewImport: {
    input: z.object({ fileName: z.string().max(260), contents: z.string().max(6 * 1024 * 1024) }),
    output: importPreviewSchema,
  },
  confirmImport: { input: z.object({ token: z.string().max(100) }), output: z.array(z.string()) },
  getProfile: { input: none, output: senderProfileSchema },
  saveProfile: { input: senderProfileSchema, output: z.void() },
  getSettings: { input: none, output: settingsSchema },
  saveSettings: { input: settingsSchema, output: z.void() },
  exportLetter: {
    input: letterRequestSchema.extend({ format: outputFormatSchema }),
    output: saveResultSchema,
  },
  printLetter: { input: letterRequestSchema, output: printResultSchema },
} as const;

export type ApiContract = typeof apiContract;
export type OperationName = keyof ApiContract;
export type OperationInput<K extends OperationName> = z.input<ApiContract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<ApiContract[K]['output']>;

/** Events main pushes to the renderer (operations are the other direction). */
export const MAX_OPENED_FILE_BYTES = 6 * 1024 * 1024;
export const fileOpenedEventSchema = z.object({
  /** The file's name without its folder: the folder may reveal who the member is. */
  fileName: z.string().max(260),
  /** The file's text; the renderer hands it to `previewImport`, which checks it. */
  contents: z.string().max(MAX_OPENED_FILE_BYTES),
});
export type FileOpenedEvent = z.infer<typeof fileOpenedEventSchema>;
export const FILE_OPENED_CHANNEL = 'appeal:event:file-opened';

/** What the renderer sees as `window.appeal`. */
export type AppApi = {
  [K in OperationName]: ApiContract[K]['input'] extends typeof none
    ? () => Promise<OperationOutput<K>>
    : (input: OperationInput<K>) => Promise<OperationOutput<K>>;
} & {
  /** A `.appeal` file opened with the app (double-click, second launch, File ▸ Import…). */
  onFileOpened(callback: (file: FileOpenedEvent) => void): () => void;
};

/** What main implements: inputs arrive already parsed (defaults filled in). */
export type AppServices = {
  [K in OperationName]: (input: z.output<ApiContract[K]['input']>) => Promise<OperationOutput<K>>;
};

export const operationNames = Object.keys(apiContract) as OperationName[];

export function channelOf(operation: OperationName): string {
  return `appeal:${operation}`;
}
