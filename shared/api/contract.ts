import { z } from 'zod';
import { batchOperations } from './operations/batch-ops';
import { campaignOperations } from './operations/campaign-ops';
import { draftOperations } from './operations/draft-ops';
import { envelopeOperations } from './operations/envelope-ops';
import type { noInput } from './operations/common';
import { letterOperations } from './operations/letter-ops';
import { mailingOperations } from './operations/mailing-ops';
import { privacyOperations } from './operations/privacy-ops';
import { profileOperations } from './operations/profile-ops';

/**
 * The one contract between the renderer and the main process. Every operation the renderer may
 * call is listed here with zod schemas for its input and its result. The preload exposes one
 * named function per entry (over IPC); the end-to-end harness binds the same real services into
 * a Chromium page. Main validates every input against `input` before any service sees it.
 */

export * from './operations/campaign-ops';
export * from './operations/profile-ops';
export * from './operations/letter-ops';
export * from './operations/batch-ops';
export * from './operations/envelope-ops';
export * from './operations/draft-ops';
export * from './operations/privacy-ops';
export * from './operations/mailing-ops';

/**
 * Every operation, by area. Each area's file holds its operations and their payload schemas;
 * an operation name is unique across areas (the spread below would hide a clash, the test in
 * tests/unit/contract.test.ts does not).
 */
export const apiContract = {
  ...campaignOperations,
  ...profileOperations,
  ...letterOperations,
  ...envelopeOperations,
  ...batchOperations,
  ...draftOperations,
  ...privacyOperations,
  ...mailingOperations,
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

/** How far a long job (a group's letters) has got: `done` of `total` steps. */
export const jobProgressEventSchema = z.object({
  jobId: z.string().max(64),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type JobProgressEvent = z.infer<typeof jobProgressEventSchema>;
export const JOB_PROGRESS_CHANNEL = 'appeal:event:job-progress';

/** Menu items whose work happens in the renderer (the in-app text size, which it remembers). */
export const MENU_COMMANDS = ['text-larger', 'text-smaller', 'text-normal'] as const;
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;
export const MENU_COMMAND_CHANNEL = 'appeal:event:menu-command';

/** What the renderer sees as `window.appeal`. */
export type AppApi = {
  [K in OperationName]: ApiContract[K]['input'] extends typeof noInput
    ? () => Promise<OperationOutput<K>>
    : (input: OperationInput<K>) => Promise<OperationOutput<K>>;
} & {
  /** A `.appeal` file opened with the app (double-click, second launch, File ▸ Import…). */
  onFileOpened(callback: (file: FileOpenedEvent) => void): () => void;
  /** Progress of long jobs started by an operation (runBatch); returns an unsubscribe. */
  onJobProgress(callback: (event: JobProgressEvent) => void): () => void;
  /** View-menu commands (Larger text…); returns an unsubscribe. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
};

/** What main implements: inputs arrive already parsed (defaults filled in). */
export type AppServices = {
  [K in OperationName]: (input: z.output<ApiContract[K]['input']>) => Promise<OperationOutput<K>>;
};

export const operationNames = Object.keys(apiContract) as OperationName[];

export function channelOf(operation: OperationName): string {
  return `appeal:${operation}`;
}
