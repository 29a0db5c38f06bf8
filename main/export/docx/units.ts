/**
 * Unit conversions for OOXML. The letter model, layouts and typography speak millimetres and
 * points; Word speaks twips (1/1440 in) for paragraphs and pages, EMU (1/914400 in) for drawings
 * and half-points for type sizes.
 */
const MM_PER_INCH = 25.4;

export function mmToTwips(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1440);
}

export function mmToEmu(mm: number): number {
  return Math.round(mm * 36_000);
}

/** Twips for a length in points (1 pt = 20 twips). */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** EMU for a length in points (1 pt = 12 700 EMU): line weights. */
export function ptToEmu(pt: number): number {
  return Math.round(pt * 12_700);
}

/** Half-points, the unit of w:sz. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
