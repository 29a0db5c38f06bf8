import { readFile, stat } from 'node:fs/promises';
import { fromHeaderRow, membersFromRows, type MemberList, type NumberedRow } from '../../shared/members/member-rows';
import { MAX_GROUP_MEMBERS } from '../../shared/api/operations/batch-ops';
import { withoutHiddenControls } from '../../shared/security/hidden-controls';
import { decodeText } from '../text/decode-text';
import { ZipLimitError } from '../text/zip-limits';
import { TooManyRowsError } from './list-limits';
import { looksLikeBinary, parseMemberCsv } from './parse-csv';

export type { MemberList } from '../../shared/members/member-rows';
export { parseMemberCsv } from './parse-csv';

/** Larger than any parish list: a file this big was picked by mistake. */
export const MAX_MEMBER_LIST_BYTES = 20 * 1024 * 1024;

export type MemberListFailure = 'unreadable' | 'too-big' | 'too-many' | 'empty';

export class MemberListError extends Error {
  constructor(
    readonly reason: MemberListFailure,
    message: string,
  ) {
    super(message);
  }
}

export function isExcelFile(filePath: string): boolean {
  return /\.xlsx$/i.test(filePath);
}

const tooMany = () =>
  new MemberListError('too-many', `The member list has over ${MAX_GROUP_MEMBERS.toLocaleString('en')} members: more than one group can hold. Split it into smaller lists.`);

/**
 * A list's cells without hidden controls: a right-to-left override in a name would show and print
 * it reversed ("gnp.exe"). A list comes from the coordinator's own group, so the rest of the cell
 * is what was meant: the controls are removed, not the row refused.
 */
function visibleCells({ row, cells }: NumberedRow, cleaned: number[]): NumberedRow {
  const visible = cells.map(withoutHiddenControls);
  // The coordinator is told which rows changed: a name may read differently without them.
  if (visible.some((cell, i) => cell !== cells[i])) cleaned.push(row);
  return { row, cells: visible };
}

/** A list's rows, and the row numbers whose cells had hidden controls removed. */
export interface MemberRows {
  rows: NumberedRow[];
  cleanedRows: number[];
}

/** The records of a CSV or .xlsx list, numbered as a spreadsheet shows them (header = 1). */
export async function readMemberRows(filePath: string): Promise<NumberedRow[]> {
  return (await readMemberRowsChecked(filePath)).rows;
}

/** As readMemberRows, with the rows that held hidden controls (the Group letters page says so). */
export async function readMemberRowsChecked(filePath: string): Promise<MemberRows> {
  let bytes: Uint8Array;
  try {
    if ((await stat(filePath)).size > MAX_MEMBER_LIST_BYTES) {
      throw new MemberListError('too-big', 'The member list is too large (over 20 MB). Check that you chose the right file.');
    }
    bytes = await readFile(filePath);
  } catch (error) {
    if (error instanceof MemberListError) throw error;
    throw new MemberListError('unreadable', 'The member list could not be read. Check the file name.');
  }
  let rows: NumberedRow[];
  try {
    if (isExcelFile(filePath)) {
      const { readXlsxRows } = await import('./read-xlsx');
      rows = await readXlsxRows(bytes);
    } else {
      const text = decodeText(bytes);
      if (looksLikeBinary(text)) throw new Error('not text');
      rows = parseMemberCsv(text);
    }
  } catch (error) {
    if (error instanceof TooManyRowsError) throw tooMany();
    if (error instanceof ZipLimitError && error.reason === 'tooLarge') {
      throw new MemberListError('too-big', 'The member list unpacks to far more than a member list could hold. Check that you chose the right file.');
    }
    throw new MemberListError('unreadable', 'The member list could not be read: it is not a CSV or Excel (.xlsx) file.');
  }
  const cleanedRows: number[] = [];
  rows = fromHeaderRow(rows.map((row) => visibleCells(row, cleanedRows)));
  // The readers stopped a few rows past the limit; below the header, the limit is exact.
  if (rows.length - 1 > MAX_GROUP_MEMBERS) throw tooMany();
  if (rows.length < 2) throw new MemberListError('empty', 'The member list has no rows below its header.');
  const kept = new Set(rows.map(({ row }) => row));
  return { rows, cleanedRows: cleanedRows.filter((row) => kept.has(row)) };
}

/** Rows mapped by their headers: members, and the rows that cannot make a letter. */
export async function readMemberList(filePath: string): Promise<MemberList> {
  return membersFromRows(await readMemberRows(filePath));
}
