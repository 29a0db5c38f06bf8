/** A4's width in CSS pixels (210 mm at 96 dpi): a zoom of 1 shows the page at its true size. */
export const A4_WIDTH_PX = (210 / 25.4) * 96;

/** "Magnify": half as large again as the printed page. */
export const MAGNIFIED = 1.5;

/** Beyond Magnify, Ctrl + goes once more to twice the true size. */
const STEPS = [MAGNIFIED, 2] as const;

/**
 * Never larger than the true page when fitting (a wide window shows the page as printed), and never
 * so small that nothing can be read: the pane scrolls sideways instead.
 */
const FIT_MIN = 0.4;
const FIT_MAX = 1;

/** 'fit': as wide as the preview's column; a number: that many times the true size. */
export type PreviewZoom = 'fit' | number;

export function fitZoom(columnWidthPx: number): number {
  // Rounded down: a page a fraction of a pixel too wide would add a sideways scroll bar.
  return Math.min(FIT_MAX, Math.max(FIT_MIN, Math.floor((columnWidthPx / A4_WIDTH_PX) * 1000) / 1000));
}

export function largerPreviewZoom(zoom: PreviewZoom): PreviewZoom {
  if (zoom === 'fit') return STEPS[0];
  return STEPS.find((step) => step > zoom) ?? zoom;
}

export function smallerPreviewZoom(zoom: PreviewZoom): PreviewZoom {
  if (zoom === 'fit') return 'fit';
  return STEPS.toReversed().find((step) => step < zoom) ?? 'fit';
}
