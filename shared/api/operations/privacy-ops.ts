import { z } from 'zod';
import { noInput } from './common';

/**
 * The member's right to leave no trace: the print log (names and addresses of every member a
 * group's letters went to), or everything the app keeps about them. The campaigns that came with
 * the app are the app's own and stay. `message`: why it failed, a sentence in the UI language.
 */

export const deleteResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.string().max(500) }),
]);
export type DeleteResult = z.infer<typeof deleteResultSchema>;

export const privacyOperations = {
  /** The print log, its backup and any damaged copy of it. Groups, profile and campaigns stay. */
  deletePrintLog: { input: noInput, output: deleteResultSchema },
  /**
   * The profile and settings, groups, print log, campaign drafts, the member's own campaigns, and
   * every backup and damaged copy of them: the app starts again as on the first day.
   */
  deleteAllData: { input: noInput, output: deleteResultSchema },
} as const;
