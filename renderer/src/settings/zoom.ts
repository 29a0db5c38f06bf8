/** The text sizes offered: the steps browsers use, from 100 % up to 200 %. */
export const ZOOM_STEPS = [1, 1.1, 1.25, 1.5, 1.75, 2] as const;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 2;

export function largerZoom(zoom: number): number {
  return ZOOM_STEPS.find((step) => step > zoom + 0.001) ?? MAX_ZOOM;
}

export function smallerZoom(zoom: number): number {
  return ZOOM_STEPS.toReversed().find((step) => step < zoom - 0.001) ?? MIN_ZOOM;
}

export function zoomPercent(zoom: number): number {
  return Math.round(zoom * 100);
}
