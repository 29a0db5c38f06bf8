import ExcelJS from 'exceljs';
import type { NumberedRow } from '../../shared/members/member-rows';

/**
 * A cell's text. exceljs gives numbers without their number format, so a postcode kept as the
 * number 184 with the format "00000" (Excel's "Zip Code") would lose the zeros Excel shows.
 */
function cellText(cell: ExcelJS.Cell): string {
  const zeros = /^0+$/.exec(cell.numFmt ?? '')?.[0];
  // A formula's cell holds { formula, result }: the result is what Excel shows.
  const value = cell.value !== null && typeof cell.value === 'object' && 'result' in cell.value ? cell.value.result : cell.value;
  if (typeof value === 'number' && zeros && Number.isInteger(value) && value >= 0) {
    return String(value).padStart(zeros.length, '0');
  }
  return cell.text ?? '';
}

/** The first worksheet as records of text cells (numbers as Excel shows them), with Excel's row numbers. */
export async function readXlsxRows(bytes: Uint8Array): Promise<NumberedRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: NumberedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    const texts = Array.from(cells, (c) => c ?? '');
    if (texts.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells: texts });
  });
  return rows;
}
