import Papa from 'papaparse';
import type { NumberedRow } from '../../shared/members/member-rows';

const SEPARATORS = [';', ',', '\t'] as const;

/** The header record: the text up to the first line break outside quotes. */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

/**
 * The separator the header uses: the one of `;` `,` tab found most often outside quotes. Header
 * names hold no separators, unlike addresses ("Rue du Lac 1, app. 3") further down.
 */
export function detectSeparator(text: string): string {
  const header = firstRecord(text).replace(/"[^"]*"/g, '');
  let best: string = SEPARATORS[0];
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = header.split(separator).length - 1;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * A CSV member list as records of text cells (postcodes and phone numbers keep their leading
 * zeros), numbered as a spreadsheet shows them — a quoted line break stays inside its record.
 * An Excel `sep=;` first line is honoured and not counted; empty records are left out.
 */
export function parseMemberCsv(text: string): NumberedRow[] {
  let source = text.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  const sepLine = /^"?sep=(.)"?[^\S\r\n]*(\r\n|\n|\r|$)/i.exec(source);
  if (sepLine) {
    delimiter = sepLine[1];
    source = source.slice(sepLine[0].length);
  }
  const parsed = Papa.parse<string[]>(source, {
    delimiter: delimiter ?? detectSeparator(source),
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows: NumberedRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ row: index + 1, cells });
  });
  return rows;
}
