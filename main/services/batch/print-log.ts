import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { printLogEntrySchema, type PrintLogEntry } from '../../../shared/api/operations/batch-ops';
import { readJsonFile, writeJsonFile } from './json-file';

const logFileSchema = z.object({
  format: z.literal('appeal-letters/print-log'),
  formatVersion: z.literal(1),
  entries: z.array(printLogEntrySchema),
});

/** Enough for a year of monthly campaigns for several groups; older entries drop off. */
const KEEP_ENTRIES = 100;

/** Which members' letters were printed or saved, for which campaign and when: `<userData>/print-log.json`. */
export class PrintLog {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'print-log.json');
  }

  entries(): PrintLogEntry[] {
    return readJsonFile(this.file, logFileSchema)?.entries ?? [];
  }

  add(entry: PrintLogEntry): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const entries = [entry, ...this.entries()].slice(0, KEEP_ENTRIES);
    writeJsonFile(this.file, { format: 'appeal-letters/print-log', formatVersion: 1, entries });
  }
}
