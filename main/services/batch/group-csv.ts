import Papa from 'papaparse';
import { EXPORT_HEADERS, MEMBER_COLUMNS } from '../../../shared/members/columns';
import type { Member } from '../../../shared/members/member';

/**
 * A cell Excel would run as a formula gets an apostrophe in front. The reader takes one
 * apostrophe off any cell of the form '…'=…, so such a cell gets one more here: nothing changes.
 */
function guard(cell: string): string {
  return /^\s*'*[=+\-@]/.test(cell) ? `'${cell.trimStart()}` : cell;
}

/**
 * A group as CSV the way Swiss Excel opens it right: UTF-8 with a BOM, `;` between cells, CRLF,
 * headers in the UI language (they map back when the list is read again).
 */
export function groupToCsv(members: Member[], uiLanguage: string): string {
  const headers = EXPORT_HEADERS[uiLanguage as keyof typeof EXPORT_HEADERS] ?? EXPORT_HEADERS.en;
  const csv = Papa.unparse(
    {
      fields: MEMBER_COLUMNS.map((column) => headers[column]),
      data: members.map((member) => MEMBER_COLUMNS.map((column) => guard(member[column]))),
    },
    { delimiter: ';', newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}
