/**
 * Reads a TrueType font's horizontal advance widths per character (cmap + hmtx): the numbers the
 * letter's width estimates are made from. Used once, by the test that derives and checks the
 * committed table (dejavu-serif-widths.ts) from the font files in resources/fonts; nothing reads
 * font files at run time.
 */

export interface AdvanceWidths {
  unitsPerEm: number;
  /** Advance width in font units, by code point. */
  widths: Map<number, number>;
}

function tableOffsets(view: DataView): Map<string, number> {
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, view.getUint32(at + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font has no ${tag} table`);
  return offset;
}

/** Format 4 (the BMP) of the Windows Unicode subtable: code point to glyph id. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 6 + 8 * i);
    const table = cmap + view.getUint32(cmap + 8 + 8 * i);
    if (platform !== 3 || encoding !== 1 || view.getUint16(table) !== 4) continue;
    const segments = view.getUint16(table + 6) / 2;
    const ends = table + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const start = view.getUint16(starts + 2 * s);
      const end = view.getUint16(ends + 2 * s);
      const delta = view.getInt16(deltas + 2 * s);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
        else {
          glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) glyphs.set(code, glyph);
      }
    }
  }
  return glyphs;
}

export function readAdvanceWidths(font: Uint8Array): AdvanceWidths {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = tableOffsets(view);
  const unitsPerEm = view.getUint16(required(tables, 'head') + 18);
  const metricsCount = view.getUint16(required(tables, 'hhea') + 34);
  const hmtx = required(tables, 'hmtx');
  // Glyphs past the last full metric share its advance (a monospaced tail).
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricsCount - 1));
  const widths = new Map<number, number>();
  for (const [code, glyph] of readCmap(view, required(tables, 'cmap'))) widths.set(code, advance(glyph));
  return { unitsPerEm, widths };
}
