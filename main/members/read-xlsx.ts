import ExcelJS from 'exceljs';

/** The first worksheet as rows of text cells (numbers written as Excel shows them). */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}
