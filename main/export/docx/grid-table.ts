/**
 * A borderless table of fixed column widths and exact row heights: page one's address blocks set
 * in the flow of text at a millimetre's precision without a floating object (see page-one.ts for
 * why). Cell margins are zero, so a cell's text starts at its column's edge.
 */
import type { ParagraphSpec } from './wordml';
import { writeParagraphs } from './wordml';

export interface GridCell {
  /** Width in twips. */
  width: number;
  /** At least one paragraph: a table cell ends with one. */
  paragraphs: ParagraphSpec[];
}

export interface GridRow {
  /** Exact height in twips: taller content is cut off, shorter leaves the row this tall all the same. */
  height: number;
  cells: GridCell[];
}

const NO_CELL_MARGINS = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:w="0" w:type="dxa"/>`).join('');

function cellXml(cell: GridCell): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${cell.width}" w:type="dxa"/></w:tcPr>${writeParagraphs(cell.paragraphs)}</w:tc>`;
}

/**
 * The columns are the first row's cells. `indent` (twips, negative to the left) is where the
 * table's left edge sits from the left margin. CT_TblPr order: tblW, tblInd, tblBorders,
 * tblLayout, tblCellMar, tblLook; CT_Row: trPr, tc; CT_TrPr: trHeight.
 */
export function gridTableXml(rows: GridRow[], indent: number): string {
  const columns = rows[0]?.cells.map((cell) => cell.width) ?? [];
  const width = columns.reduce((sum, w) => sum + w, 0);
  const tblPr =
    `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblInd w:w="${indent}" w:type="dxa"/>` +
    `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar>${NO_CELL_MARGINS}</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`;
  const grid = `<w:tblGrid>${columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const body = rows.map((row) => `<w:tr><w:trPr><w:trHeight w:val="${row.height}" w:hRule="exact"/></w:trPr>${row.cells.map(cellXml).join('')}</w:tr>`).join('');
  return `<w:tbl>${tblPr}${grid}${body}</w:tbl>`;
}
