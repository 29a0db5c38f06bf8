/**
 * Envelopes printed directly (for members without window envelopes), in millimetres from the
 * envelope's top-left corner with the long side horizontal, as the envelope lies to be read.
 *
 * Zones follow Swiss Post's addressing guide ("Addressing items correctly" / "Richtig
 * adressieren"): a franking zone of 74 × 38 mm top right kept blank for the stamp, the sender top
 * left and nowhere else, the address field in the lower right part of the reading zone, and a
 * coding zone of 140 × 15 mm along the bottom right (formats up to B5) kept blank.
 */

export const ENVELOPE_SIZE_IDS = ['c5', 'c6-5', 'dl'] as const;
export type EnvelopeSizeId = (typeof ENVELOPE_SIZE_IDS)[number];

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface EnvelopeSize {
  id: EnvelopeSizeId;
  /** The name printed on envelope packets, the same in every language. */
  name: string;
  width: number;
  height: number;
}

export const ENVELOPE_SIZES: Record<EnvelopeSizeId, EnvelopeSize> = {
  c5: { id: 'c5', name: 'C5', width: 229, height: 162 },
  'c6-5': { id: 'c6-5', name: 'C6/5', width: 229, height: 114 },
  dl: { id: 'dl', name: 'DL', width: 220, height: 110 },
};

/** Swiss Post's zones, the same for every format up to B5. */
export const FRANKING_ZONE = { width: 74, height: 38 } as const;
export const CODING_ZONE = { width: 140, height: 15 } as const;
/** Kept clear along every edge: envelope printers do not reach the edge, the reading zone starts inside. */
export const EDGE_MARGIN = 10;
/** The recipient's field: six lines of 12 pt leading fit with room to spare. */
export const ADDRESS_FIELD = { width: 100, height: 45, rightMargin: 15 } as const;
/** The return address: four or five short lines, small. */
export const RETURN_FIELD = { width: 80, height: 28 } as const;

export interface EnvelopeLayout {
  size: EnvelopeSize;
  /** Where the sender's lines go: top left, clear of the franking zone. */
  returnAddress: Box;
  /** Where the recipient's lines go: lower right, between the franking and the coding zone. */
  recipient: Box;
  /** Kept blank (stamp; coding strip). */
  franking: Box;
  coding: Box;
}

export function envelopeLayout(id: EnvelopeSizeId): EnvelopeLayout {
  const size = ENVELOPE_SIZES[id];
  const franking: Box = { left: size.width - FRANKING_ZONE.width, top: 0, ...FRANKING_ZONE };
  const coding: Box = {
    left: size.width - CODING_ZONE.width,
    top: size.height - CODING_ZONE.height,
    ...CODING_ZONE,
  };
  // Centred in the height left between the stamp and the coding strip, its right edge 15 mm in.
  const free = coding.top - (franking.top + franking.height);
  const recipient: Box = {
    left: size.width - ADDRESS_FIELD.rightMargin - ADDRESS_FIELD.width,
    top: franking.height + (free - ADDRESS_FIELD.height) / 2,
    width: ADDRESS_FIELD.width,
    height: ADDRESS_FIELD.height,
  };
  const returnAddress: Box = { left: EDGE_MARGIN, top: EDGE_MARGIN, ...RETURN_FIELD };
  return { size, returnAddress, recipient, franking, coding };
}
