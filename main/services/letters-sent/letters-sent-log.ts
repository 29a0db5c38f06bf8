import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { countYear, sentRecordSchema, type SentRecord } from '../../../shared/mailing/letters-sent';
import { readJsonFile, writeJsonFile } from '../batch/json-file';
import { removeFileAndKeptCopies } from '../privacy/kept-copies';

const FORMAT = 'appeal-letters/letters-sent';
const fileSchema = z.object({ format: z.literal(FORMAT), formatVersion: z.literal(1), records: z.array(sentRecordSchema) });

/** Counts only, so years can be kept: the organisation asks for a year's figures, sometimes the year before. */
const KEEP_YEARS = 5;

/** `<userData>/letters-sent.json`: how many letters were printed or saved, never by whom. */
export class LettersSentLog {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'letters-sent.json');
  }

  records(): SentRecord[] {
    return readJsonFile(this.file, fileSchema)?.records ?? [];
  }

  add(record: SentRecord): void {
    const oldestYear = Number(record.when.slice(0, 4)) - KEEP_YEARS + 1;
    const kept = this.records().filter((r) => Number(r.when.slice(0, 4)) >= oldestYear);
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeJsonFile(this.file, { format: FORMAT, formatVersion: 1, records: [...kept, record] });
  }

  /** The year's counts per campaign, languages and groups as columns, for the organisation. */
  yearCsv(year: number, headers: { campaign: string; title: string; group: string; letters: string; copies: string; ownLetters: string }): string {
    const counts = countYear(this.records(), year);
    const languages = [...new Set(counts.campaigns.flatMap((c) => Object.keys(c.byLanguage)))].sort();
    // A title or group name starting with "=" must not become a formula in the spreadsheet.
    return Papa.unparse(
      {
        fields: [headers.campaign, headers.title, headers.group, headers.letters, headers.copies, ...languages],
        data: counts.campaigns.flatMap((c) =>
          Object.entries(c.byGroup).map(([group, count]) => [
            c.campaignId,
            c.campaignTitle,
            group || headers.ownLetters,
            count.letters,
            count.copies,
            ...languages.map((lang) => count.byLanguage[lang] ?? 0),
          ]),
        ),
      },
      { escapeFormulae: true },
    );
  }

  clear(): void {
    removeFileAndKeptCopies(this.file);
  }
}
