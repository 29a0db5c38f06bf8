import type { Box } from './sizes';

/**
 * Address labels on A4 sheets. One common format, sold under this name in Swiss and German
 * shops: Avery Zweckform 3484 — 2 columns × 8 rows of 105 × 37 mm, no gaps, the sheet's
 * half-millimetre of slack split above and below. 105 mm leaves room for an embassy's long
 * address lines at a readable size (the 70 mm labels of three-column sheets would not).
 */

export const LABEL_FORMAT_IDS = ['avery-3484'] as const;
export type LabelFormatId = (typeof LABEL_FORMAT_IDS)[number];

export interface LabelFormat {
  id: LabelFormatId;
  /** The product name on the packet. */
  name: string;
  sheet: { width: number; height: number };
  columns: number;
  rows: number;
  label: { width: number; height: number };
  /** Where the first label's top-left corner sits on the sheet. */
  origin: { left: number; top: number };
  /** Text stays this far inside a label: printers shift a little and labels are die-cut. */
  padding: { x: number; y: number };
}

export const LABEL_FORMATS: Record<LabelFormatId, LabelFormat> = {
  'avery-3484': {
    id: 'avery-3484',
    name: 'Avery Zweckform 3484',
    sheet: { width: 210, height: 297 },
    columns: 2,
    rows: 8,
    label: { width: 105, height: 37 },
    origin: { left: 0, top: 0.5 },
    padding: { x: 7, y: 4 },
  },
};

export const DEFAULT_LABEL_FORMAT: LabelFormatId = 'avery-3484';

export function labelsPerSheet(format: LabelFormat): number {
  return format.columns * format.rows;
}

/** The sheet (0-based) and the label's box on it for the n-th label (0-based), row by row. */
export function labelCell(format: LabelFormat, index: number): { sheet: number; box: Box } {
  const perSheet = labelsPerSheet(format);
  const onSheet = index % perSheet;
  const column = onSheet % format.columns;
  const row = Math.floor(onSheet / format.columns);
  return {
    sheet: Math.floor(index / perSheet),
    box: {
      left: format.origin.left + column * format.label.width,
      top: format.origin.top + row * format.label.height,
      width: format.label.width,
      height: format.label.height,
    },
  };
}

/** The part of a label the text may use. */
export function labelTextBox(format: LabelFormat, index: number): { sheet: number; box: Box } {
  const { sheet, box } = labelCell(format, index);
  return {
    sheet,
    box: {
      left: box.left + format.padding.x,
      top: box.top + format.padding.y,
      width: box.width - 2 * format.padding.x,
      height: box.height - 2 * format.padding.y,
    },
  };
}
