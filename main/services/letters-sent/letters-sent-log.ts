import path from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { countYear, sentRecordSchema, type SentRecord } from '../../../shared/mailing/letters-sent';
import { FormattedJsonFile } from '../batch/json-file';
import { removeFileAndKeptCopies } from '../privacy/kept-copies';

/** Counts only, so years can be kept: the organisation asks for a year's figures, sometimes the year before. */
const KEEP_YEARS = 5;

/** `<userData>/letters-sent.json`: how many letters were printed or saved, never by whom. */
export class LettersSentLog {
  private readonly file: FormattedJsonFile<'records', SentRecord[]>;

  constructor(userDataDir: string) {
    this.file = new FormattedJsonFile(path.join(userDataDir, 'letters-sent.json'), 'appeal-letters/letters-sent', 'records', z.array(sentRecordSchema));
  }

  records(): SentRecord[] {
    return this.file.read() ?? [];
  }

  add(record: SentRecord): void {
    const oldestYear = Number(record.when.slice(0, 4)) - KEEP_YEARS + 1;
    const kept = this.records().filter((r) => Number(r.when.slice(0, 4)) >= oldestYear);
    this.file.write([...kept, record]);
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
    removeFileAndKeptCopies(this.file.file);
  }
}
