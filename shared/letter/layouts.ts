/**
 * Where the address goes on an A4 sheet, per envelope convention (../shared/letter-layout.md).
 * All numbers are millimetres from the sheet's top-left corner.
 */

export const LAYOUT_IDS = ['ch-right', 'ch-left', 'din-a', 'din-b', 'none'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LayoutPreset {
  id: LayoutId;
  /** The window field: return-address line on top, then the recipient's lines. */
  addressField: Box;
  /** Height of the return-address zone at the top of the field. */
  returnZone: number;
  /** The sender block, outside the window. */
  sender: Box;
  /** Where the place-and-date line and the body begin on page 1. */
  bodyTop: number;
  foldMarks: number[];
  /** False where no window is used: nothing is printed in a return zone. */
  window: boolean;
}

export const PAGE = { width: 210, height: 297 } as const;
/** Margins of the body text on every page (left 25 mm as DIN 5008; room for a page number below). */
export const MARGINS = { top: 20, right: 20, bottom: 22, left: 25 } as const;

export const LAYOUT_PRESETS: Record<LayoutId, LayoutPreset> = {
  // SN 010130 / KOMA "SN": field 45 mm from the top, right edge 8 mm from the sheet's right edge.
  'ch-right': {
    id: 'ch-right',
    addressField: { left: 112, top: 45, width: 90, height: 45 },
    returnZone: 5,
    sender: { left: 25, top: 20, width: 80, height: 40 },
    bodyTop: 98.5,
    foldMarks: [105, 210],
    window: true,
  },
  // KOMA "SNleft": field 35.5 mm from the top, 20 mm from the left.
  'ch-left': {
    id: 'ch-left',
    addressField: { left: 20, top: 35.5, width: 100, height: 45 },
    returnZone: 5,
    sender: { left: 125, top: 20, width: 65, height: 40 },
    bodyTop: 98.5,
    foldMarks: [105, 210],
    window: true,
  },
  // DIN 5008 form A: field 85 x 45 mm at 27 mm; the top 17.7 mm hold the return address.
  'din-a': {
    id: 'din-a',
    addressField: { left: 20, top: 27, width: 85, height: 45 },
    returnZone: 17.7,
    sender: { left: 125, top: 27, width: 65, height: 45 },
    bodyTop: 80,
    foldMarks: [87, 192],
    window: true,
  },
  // DIN 5008 form B: the same field at 45 mm.
  'din-b': {
    id: 'din-b',
    addressField: { left: 20, top: 45, width: 85, height: 45 },
    returnZone: 17.7,
    sender: { left: 125, top: 45, width: 65, height: 45 },
    bodyTop: 98.5,
    foldMarks: [105, 210],
    window: true,
  },
  // No window: a plain letter with the sender top left and the recipient below it.
  none: {
    id: 'none',
    addressField: { left: 25, top: 55, width: 100, height: 35 },
    returnZone: 0,
    sender: { left: 25, top: 20, width: 90, height: 32 },
    bodyTop: 98.5,
    foldMarks: [],
    window: false,
  },
};

export interface LayoutSettings {
  preset: LayoutId;
  /** Fine-tune for a printer that shifts the page: added to every page-1 position. */
  offsetMm: { x: number; y: number };
  foldMarks: boolean;
}

export const DEFAULT_LAYOUT: LayoutSettings = {
  preset: 'ch-right',
  offsetMm: { x: 0, y: 0 },
  foldMarks: true,
};

/** The box a recipient's lines must fall inside, after the fine-tune offset. */
export function recipientBox(settings: LayoutSettings): Box {
  const preset = LAYOUT_PRESETS[settings.preset];
  const f = preset.addressField;
  return {
    left: f.left + settings.offsetMm.x,
    top: f.top + preset.returnZone + settings.offsetMm.y,
    width: f.width,
    height: f.height - preset.returnZone,
  };
}
