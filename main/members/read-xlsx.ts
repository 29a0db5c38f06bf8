import type { NumberedRow } from '../../shared/members/member-rows';
import { zipEntries, ZipLimitError, type ZipEntry } from '../text/zip-limits';
import { MAX_LIST_ROWS, TooManyRowsError } from './list-limits';
import { firstSheetPath, readNumberFormats, readSharedStrings, streamXml } from './xlsx-xml';

/**
 * An .xlsx member list, read as a stream. Loading the whole workbook (exceljs) made a 5 MB file
 * whose 600,000 rows each hold one cell in column XFD cost gigabytes: every row was filled with
 * 16,384 empty cells. Here the zip's claims are judged before anything is inflated, the sheet's XML
 * is read event by event, cells right of MAX_COLUMNS are passed over unstored, and reading stops
 * at the first row past the list limit.
 */

/** What an .xlsx may unpack to: a member list of 20,000 rows is ~20 MB of sheet XML. */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** A workbook holds a few dozen parts; thousands of entries only cost time. */
const MAX_XLSX_ENTRIES = 5000;
/** Columns a member list can use: a cell further right (a stray note in column XFD) is left out. */
export const MAX_COLUMNS = 200;
/** Excel's own last row: a sheet with more rows was not written by a spreadsheet program. */
const EXCEL_MAX_ROWS = 1_048_576;
/** A cell's text is cut here: an address line is ~50 characters, and a longer cell is refused as too long anyway. */
const MAX_CELL_CHARACTERS = 64 * 1024;

/** The first worksheet as records of text cells (numbers as Excel shows them), with Excel's row numbers. */
export async function readXlsxRows(bytes: Uint8Array, maxRows = MAX_LIST_ROWS): Promise<NumberedRow[]> {
  const entries = zipEntries(bytes, { maxEntries: MAX_XLSX_ENTRIES, maxUnpackedBytes: MAX_XLSX_UNPACKED_BYTES });
  const find = (name: string) => entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
  const sheetPath = firstSheetPath(bytes, find('xl/workbook.xml'), find('xl/_rels/workbook.xml.rels'));
  // Without a readable workbook part, the first sheet file is the best guess (as some tools write).
  const sheet = (sheetPath && find(sheetPath)) ?? entries.find((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
  if (!sheet) throw new ZipLimitError('unreadable');
  const strings = readSharedStrings(bytes, find('xl/sharedStrings.xml'));
  const formats = readNumberFormats(bytes, find('xl/styles.xml'));
  return readSheet(bytes, sheet, { strings, formats }, maxRows);
}

interface Lookups {
  strings: string[];
  formats: string[];
}

interface CellState {
  column: number;
  type: string;
  style: number;
  value: string;
  inline: string;
}

function readSheet(bytes: Uint8Array, entry: ZipEntry, lookups: Lookups, maxRows: number): NumberedRow[] {
  const rows: NumberedRow[] = [];
  // Rows with text anywhere, far-right cells included: 600,000 rows of notes in column XFD are
  // refused as too many after the limit, not scanned to the end for nothing.
  let rowsWithText = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let hasText = false;
  let nextColumn = 1;
  let cell: CellState | null = null;
  let into: 'value' | 'inline' | null = null;
  let phonetic = 0;
  streamXml(bytes, entry, {
    open(name, attributes) {
      if (name === 'row') {
        const r = Number(attributes.r);
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        if (rowNumber > EXCEL_MAX_ROWS) throw new ZipLimitError('tooLarge');
        cells = [];
        hasText = false;
        nextColumn = 1;
      } else if (name === 'c') {
        const column = columnOf(attributes.r) ?? nextColumn;
        nextColumn = column + 1;
        const style = Number(attributes.s ?? 0);
        cell = { column, type: attributes.t ?? 'n', style, value: '', inline: '' };
      } else if (name === 'v' && cell) into = 'value';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && cell && phonetic === 0) into = 'inline';
    },
    text(text) {
      if (!cell || !into) return;
      const field = into === 'value' ? 'value' : 'inline';
      if (cell[field].length < MAX_CELL_CHARACTERS) cell[field] = (cell[field] + text).slice(0, MAX_CELL_CHARACTERS);
    },
    close(name) {
      if (name === 'v' || name === 't') into = null;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell) {
        const text = cellText(cell, lookups);
        if (text.trim() !== '') hasText = true;
        // Only the columns a list can use are kept: a cell in XFD never makes 16,383 empty ones.
        if (cell.column <= MAX_COLUMNS) cells[cell.column - 1] = text;
        cell = null;
      } else if (name === 'row') {
        if (hasText && ++rowsWithText > maxRows) throw new TooManyRowsError();
        const texts = Array.from(cells, (c) => c ?? '');
        if (texts.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells: texts });
      }
    },
  });
  return rows;
}

/** A cell reference's column ("XFD7" → 16384); none (or nonsense) means the next column. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/i.exec(reference ?? '')?.[1];
  if (!letters) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/**
 * A cell's text as Excel shows it. A formula's `<v>` is its result. A number's format matters for
 * one case: a postcode kept as the number 184 with the format "00000" (Excel's "Zip Code") shows
 * the zeros, so the letter must too.
 */
function cellText(cell: CellState, { strings, formats }: Lookups): string {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return cell.inline;
    case 'b':
      return cell.value === '1' ? 'true' : cell.value === '0' ? 'false' : cell.value;
    case 'str':
    case 'e':
    case 'd':
      return cell.value;
    default: {
      if (cell.value.trim() === '') return '';
      const value = Number(cell.value);
      if (!Number.isFinite(value)) return cell.value;
      const zeros = /^0+$/.exec(formats[cell.style] ?? '')?.[0];
      if (zeros && Number.isInteger(value) && value >= 0) return String(value).padStart(zeros.length, '0');
      return String(value);
    }
  }
}
