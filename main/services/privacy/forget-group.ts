import path from 'node:path';
import type { GroupStore } from '../batch/group-store';
import type { PrintLog } from '../batch/print-log';
import { removeFileAndKeptCopies } from './kept-copies';

/**
 * Deleting a group deletes its members everywhere the app wrote them: the group's file with its
 * backup and damaged copies, and the print log's entries for the group. ("Undo" saves the group
 * again from the renderer's copy; the log of its past letters stays gone.)
 */
export function forgetGroup(where: { groups: GroupStore; groupsDir: string; log: PrintLog }, id: string): void {
  const group = where.groups.get(id);
  where.groups.delete(id);
  removeFileAndKeptCopies(path.join(where.groupsDir, `${id}.json`));
  if (!group) return;
  const nameStillUsed = where.groups.list().some((other) => other.name === group.name);
  where.log.forgetGroup(group, nameStillUsed);
}
