import path from 'node:path';
import { z } from 'zod';
import { printLogEntrySchema, type PrintLogEntry } from '../../../shared/api/operations/batch-ops';
import { MEMBER_COLUMNS } from '../../../shared/members/columns';
import type { Member } from '../../../shared/members/member';
import { writeFileAtomicSync } from '../../files/atomic-file';
import { removeDamagedCopiesMentioning, removeFileAndKeptCopies } from '../privacy/kept-copies';
import { FormattedJsonFile } from './json-file';

/** Enough for a year of monthly campaigns for several groups; older entries drop off. */
const KEEP_ENTRIES = 100;

/** Which members' letters were printed or saved, for which campaign and when: `<userData>/print-log.json`. */
export class PrintLog {
  private readonly log: FormattedJsonFile<'entries', PrintLogEntry[]>;
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'print-log.json');
    this.log = new FormattedJsonFile(this.file, 'appeal-letters/print-log', 'entries', z.array(printLogEntrySchema));
  }

  entries(): PrintLogEntry[] {
    return this.log.read() ?? [];
  }

  add(entry: PrintLogEntry): void {
    this.log.write([entry, ...this.entries()].slice(0, KEEP_ENTRIES));
  }

  /** The log, its backup, its damaged copies and any temp: nothing of it stays on the disk. */
  clear(): void {
    removeFileAndKeptCopies(this.file);
  }

  /**
   * Takes a deleted group's members out of the log. Entries name their group only by its name: when
   * no other group has that name, every entry of it goes (members who left the group before were
   * in it too); otherwise only the deleted group's members leave those entries.
   */
  forgetGroup(group: { name: string; members: readonly Member[] }, nameStillUsed: boolean): void {
    const gone = new Set(group.members.map(memberKey));
    const removed: Member[] = [];
    const after = this.entries().flatMap((entry) => {
      if (entry.groupName !== group.name) return [entry];
      const staying = nameStillUsed ? entry.members.filter((member) => !gone.has(memberKey(member))) : [];
      removed.push(...entry.members.filter((member) => !staying.includes(member)));
      return staying.length > 0 ? [{ ...entry, members: staying }] : [];
    });
    if (removed.length === 0) return;
    if (after.length === 0) return this.clear();
    // Written as the log and as its backup: a backup of the state before would still hold them.
    const text = `${JSON.stringify(this.log.content(after), null, 1)}\n`;
    writeFileAtomicSync(this.file, text);
    writeFileAtomicSync(`${this.file}.bak`, text);
    removeDamagedCopiesMentioning(this.file, removed.flatMap((member) => [member.firstName, member.lastName, member.street]));
  }
}

/** Two rows are the same member when every column is the same. */
function memberKey(member: Member): string {
  return JSON.stringify(MEMBER_COLUMNS.map((column) => member[column]));
}
