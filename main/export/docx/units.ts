/**
 * Unit conversions for OOXML. The letter model, layouts and typography speak millimetres and
 * points; Word speaks twips (1/1440 in) for paragraphs and pages, half-points for type sizes and
 * eighths of a point for borders.
 */
const MM_PER_INCH = 25.4;

export function mmToTwips(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1440);
}

/** Twips for a length in points (1 pt = 20 twips). */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Eighths of a point, the unit of a border's w:sz (Word takes 2 to 96: thinner draws as 1/4 pt). */
export function ptToBorderEighths(pt: number): number {
  return Math.min(96, Math.max(2, Math.round(pt * 8)));
}

/** Half-points, the unit of w:sz. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
