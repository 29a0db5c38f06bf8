/**
 * A face's advance widths as committed text: `start:w,w,w*3;start:…` — runs of consecutive code
 * points (start in hex) with their widths in font units, `w*n` for n equal widths in a row.
 * Compact enough to ship in the renderer, readable enough to review in a diff.
 */

/** The characters a letter is written in: Latin, Greek, Cyrillic, Armenian, punctuation, currency, letterlike. */
export const MEASURED_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x5ff],
  [0x1e00, 0x1fff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
];

export function encodeWidths(widths: Map<number, number>): string {
  const codes = [...widths.keys()].filter((c) => MEASURED_RANGES.some(([from, to]) => c >= from && c <= to)).sort((a, b) => a - b);
  const runs: string[] = [];
  let i = 0;
  while (i < codes.length) {
    const start = codes[i] as number;
    const values: number[] = [];
    while (i < codes.length && codes[i] === start + values.length) values.push(widths.get(codes[i++] as number) as number);
    const parts: string[] = [];
    for (let k = 0; k < values.length; ) {
      let n = 1;
      while (values[k + n] === values[k]) n++;
      parts.push(n > 1 ? `${values[k]}*${n}` : String(values[k]));
      k += n;
    }
    runs.push(`${start.toString(16)}:${parts.join(',')}`);
  }
  return runs.join(';');
}

export function decodeWidths(table: string): Map<number, number> {
  const widths = new Map<number, number>();
  for (const run of table.split(';')) {
    const [start, list] = run.split(':') as [string, string];
    let code = parseInt(start, 16);
    for (const part of list.split(',')) {
      const [value, times] = part.split('*');
      for (let n = Number(times ?? 1); n > 0; n--) widths.set(code++, Number(value));
    }
  }
  return widths;
}
