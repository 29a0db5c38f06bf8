/**
 * Unit conversions for OOXML. The letter model and layouts speak millimetres; Word speaks twips
 * (1/1440 in) for paragraphs and pages, EMU (1/914400 in) for drawing offsets, and the docx
 * package sizes shapes in CSS pixels (1/96 in).
 */
const MM_PER_INCH = 25.4;

export function mmToTwips(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1440);
}

export function mmToEmu(mm: number): number {
  return Math.round(mm * 36_000);
}

export function mmToPx(mm: number): number {
  return (mm / MM_PER_INCH) * 96;
}

/** Twips for a length in points (1 pt = 20 twips). */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * 72;
}
