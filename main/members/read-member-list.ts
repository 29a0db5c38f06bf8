import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { MEMBER_COLUMNS, mapHeaders, type MemberColumn } from '../../shared/members/columns';
import { memberProblem, type Member, type MemberRowProblem } from '../../shared/members/member';
import { decodeText } from './decode-text';

export interface MemberList {
  headers: string[];
  mapping: (MemberColumn | null)[];
  members: { row: number; member: Member }[];
  problems: MemberRowProblem[];
}

export class MemberListError extends Error {}

/** Cells stay text: postcodes and phone numbers keep their leading zeros. */
export function parseMemberCsv(text: string): string[][] {
  let source = text.replace(/^\uFEFF/, '');
  let delimiter: string | undefined;
  const sepLine = /^sep=(.)\r?\n/i.exec(source);
  if (sepLine) {
    delimiter = sepLine[1];
    source = source.slice(sepLine[0].length);
  }
  const parsed = Papa.parse<string[]>(source, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
  });
  return parsed.data;
}

export function membersFromRows(rows: string[][], mapping?: (MemberColumn | null)[]): MemberList {
  const [headers = [], ...data] = rows;
  const columns = mapping ?? mapHeaders(headers);
  const members: MemberList['members'] = [];
  const problems: MemberRowProblem[] = [];
  data.forEach((cells, i) => {
    const row = i + 2;
    const member = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c, ''])) as Member;
    columns.forEach((column, index) => {
      if (column) member[column] = (cells[index] ?? '').trim();
    });
    const reason = memberProblem(member);
    if (reason) problems.push({ row, reason });
    else members.push({ row, member });
  });
  return { headers, mapping: columns, members, problems };
}

export async function readMemberList(filePath: string): Promise<MemberList> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch {
    throw new MemberListError(`The member list "${filePath}" could not be read. Check the file name.`);
  }
  if (/\.xlsx$/i.test(filePath)) {
    const { readXlsxRows } = await import('./read-xlsx');
    return membersFromRows(await readXlsxRows(bytes));
  }
  return membersFromRows(parseMemberCsv(decodeText(bytes)));
}
