import Papa from 'papaparse';
import type { NumberedRow } from '../../shared/members/member-rows';
import { MAX_LIST_ROWS, TooManyRowsError } from './list-limits';

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
 * Reading stops at the first record past `maxRows`: a list of a million lines is refused while it
 * is read, not after a million records were made.
 */
export function parseMemberCsv(text: string, maxRows = MAX_LIST_ROWS): NumberedRow[] {
  let source = text.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  const sepLine = /^"?sep=(.)"?[^\S\r\n]*(\r\n|\n|\r|$)/i.exec(source);
  if (sepLine) {
    delimiter = sepLine[1];
    source = source.slice(sepLine[0].length);
  }
  const rows: NumberedRow[] = [];
  let index = 0;
  let tooMany = false;
  Papa.parse<string[]>(source, {
    delimiter: delimiter ?? detectSeparator(source),
    skipEmptyLines: false,
    dynamicTyping: false,
    step: ({ data: cells }, parser) => {
      index++;
      if (isBlank(cells)) return;
      if (rows.push({ row: index, cells }) > maxRows) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) throw new TooManyRowsError();
  return rows;
}

const SAMPLE_CHARACTERS = 64 * 1024;

/** Characters no spreadsheet writes into a list: control codes (tab and line breaks aside) and U+FFFD. */
function isStrange(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

/**
 * Whether decoded bytes are no text at all: a picture, a program or random bytes renamed .csv.
 * Their bytes decode to a control character or U+FFFD every few characters; a real list has none,
 * or a handful from one badly converted name — so a share of over 1 % in the first 64 K is the line.
 */
export function looksLikeBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_CHARACTERS);
  let strange = 0;
  for (let i = 0; i < length; i++) if (isStrange(text.charCodeAt(i))) strange++;
  return strange > Math.max(4, length / 100);
}
