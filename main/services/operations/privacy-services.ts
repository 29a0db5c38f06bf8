import { rmSync } from 'node:fs';
import path from 'node:path';
import type { DeleteResult, privacyOperations } from '../../../shared/api/operations/privacy-ops';
import { PrintLog } from '../batch/print-log';
import { entriesOf, isFileOrKeptCopy } from '../privacy/kept-copies';
import type { ServiceContext, ServicesFor } from '../service-context';

/** The member's files directly in the user data folder: each with its backups, damaged copies and temps. */
const OWN_FILES = ['profile.json', 'settings.json', 'print-log.json', 'letters-sent.json', 'postage-prices.json'];
/**
 * The member's folders: groups, campaign drafts, and their own campaigns (library.json, its backup,
 * and what library-store.ts set aside: library.corrupt-*, library.newer-*, library-backup.corrupt-*).
 * The campaigns that came with the app live in the app's resources and are not touched.
 */
const OWN_FOLDERS = ['groups', 'drafts', 'campaigns'];

/**
 * Why a delete failed, as a word the renderer puts into a sentence ("in-use": another program or
 * a virus scanner holds a file, as on Windows). Never the error's text: it names the folder.
 */
function failure(error: unknown): DeleteResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EBUSY') return { ok: false, message: 'in-use' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ok: false, message: 'not-allowed' };
  return { ok: false, message: 'failed' };
}

function attempt(work: () => void): DeleteResult {
  try {
    work();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/**
 * "Delete the print log" and "Delete all my data". What is kept in memory is forgotten first: after
 * a delete that failed half-way, the next save writes the empty state over what is left, never
 * the old one back. Other files of the folder (Chromium's, the window's size) hold nothing of the member.
 */
export function privacyServices(ctx: ServiceContext): ServicesFor<typeof privacyOperations> {
  const dir = ctx.deps.userDataDir;
  return {
    deletePrintLog: async () => attempt(() => new PrintLog(dir).clear()),
    deleteAllData: async () =>
      attempt(() => {
        ctx.library.forgetOwn();
        // The notices about kept-aside profile or settings files: those files go now.
        ctx.storeProblems.length = 0;
        for (const entry of entriesOf(dir)) {
          if (OWN_FILES.some((file) => isFileOrKeptCopy(entry, file))) rmSync(path.join(dir, entry), { force: true, maxRetries: 3 });
        }
        for (const folder of OWN_FOLDERS) rmSync(path.join(dir, folder), { recursive: true, force: true, maxRetries: 3 });
      }),
  };
}
