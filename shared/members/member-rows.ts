import { MEMBER_COLUMNS, mapHeaders, type ListColumn, type MemberColumn } from './columns';
import { memberProblem, type Member, type MemberRowProblem } from './member';

/** One record of a member list, with the row number a spreadsheet shows for it (header = 1). */
export interface NumberedRow {
  row: number;
  cells: string[];
}

export type ColumnMapping = (ListColumn | null)[];

export interface MemberList {
  headers: string[];
  mapping: ColumnMapping;
  /** Every record, usable or not, in list order. */
  rows: ReadRow[];
  members: { row: number; member: Member }[];
  problems: MemberRowProblem[];
}

export function emptyMember(): Member {
  return Object.fromEntries(MEMBER_COLUMNS.map((c) => [c, ''])) as Member;
}

/**
 * "3000 Bern", "CH-3000 Bern", "I-00184 Roma" → postcode and town. Anything else ("SW1A 1AA
 * London") stays whole in the town: the letter prints postcode and town on one line anyway.
 */
export function splitPostcodeCity(text: string): { postcode: string; city: string } {
  const parts = /^((?:[A-Z]{1,3}-)?\d[\d-]{2,9})\s+(\D.*)$/.exec(text);
  return parts ? { postcode: parts[1] ?? '', city: parts[2] ?? '' } : { postcode: '', city: text };
}

/** A cell written with a leading apostrophe so Excel would not run it as a formula. */
function unguard(cell: string): string {
  return /^'+[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

export function memberFromCells(cells: string[], mapping: ColumnMapping): Member {
  const member = emptyMember();
  // Cells are read as one line with single spaces: what a letter's address takes.
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const add = (field: MemberColumn, text: string) => {
    // A street and its house number in two columns make one line: "Seeweg" + "5".
    member[field] = [member[field], oneLine(text)].filter(Boolean).join(' ');
  };
  mapping.forEach((column, index) => {
    // The guard is undone on the cell as written, before it is cut into lines.
    const cell = unguard((cells[index] ?? '').trim());
    if (column === 'postcodeCity') {
      Object.assign(member, splitPostcodeCity(oneLine(cell)));
    } else if (column === 'street') {
      // "Seeweg 5⏎Postfach 12" in one cell: the second line is the address's second line.
      const [first = '', ...rest] = cell.split(/\r?\n/).filter((line) => line.trim());
      add('street', first);
      add('addressLine2', rest.join(' '));
    } else if (column) {
      add(column, cell);
    }
  });
  return member;
}

/** One record of a list as the app reads it: the member it makes, and why it makes no letter. */
export interface ReadRow {
  row: number;
  member: Member;
  problem: MemberRowProblem['reason'] | null;
}

/** Every record below the header, read with `columns`: what the coordinator checks before saving. */
export function readRows(data: readonly NumberedRow[], columns: ColumnMapping): ReadRow[] {
  return data.map(({ row, cells }) => {
    const member = memberFromCells(cells, columns);
    return { row, member, problem: memberProblem(member) };
  });
}

/**
 * Members from a list's records: the first record is the header. Rows with a problem are listed
 * with their row number and reason; every other row goes ahead. Pure: the renderer runs it again
 * each time the coordinator changes the mapping.
 */
export function membersFromRows(rows: NumberedRow[], mapping?: ColumnMapping): MemberList {
  const [header, ...data] = rows;
  const headers = header?.cells ?? [];
  const columns = mapping ?? mapHeaders(headers, data.map((record) => record.cells));
  const read = readRows(data, columns);
  return {
    headers,
    mapping: columns,
    rows: read,
    members: read.flatMap(({ row, member, problem }) => (problem ? [] : [{ row, member }])),
    problems: read.flatMap(({ row, problem }) => (problem ? [{ row, reason: problem }] : [])),
  };
}

/** How far down a title, a date or a blank line may push the header row. */
const HEADER_SEARCH_ROWS = 10;

const mappedCount = (row: NumberedRow | undefined) => (row ? mapHeaders(row.cells).filter(Boolean).length : 0);

/**
 * The records from the header on. Many exports start with a title ("Mitgliederliste 2026") or a
 * date above the real header; read as the header, that line would map nothing and every member
 * would be refused. The first record stays the header when it names two known columns; otherwise
 * the record among the first ten that names the most (at least two) does. Row numbers are kept.
 */
export function fromHeaderRow(rows: NumberedRow[]): NumberedRow[] {
  if (mappedCount(rows[0]) >= 2) return rows;
  let best = 0;
  let bestCount = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const count = mappedCount(row);
    if (count > bestCount) [best, bestCount] = [index, count];
  });
  return rows.slice(best);
}

/** Records as plain arrays, numbered 1, 2, 3… (for sources without gaps, such as tests). */
export function numberRows(rows: string[][]): NumberedRow[] {
  return rows.map((cells, i) => ({ row: i + 1, cells }));
}
