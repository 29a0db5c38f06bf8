import ExcelJS from 'exceljs';
import type { NumberedRow } from '../../shared/members/member-rows';

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
      cells[column - 1] = cell.text ?? '';
    });
    const texts = Array.from(cells, (c) => c ?? '');
    if (texts.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells: texts });
  });
  return rows;
}
