/** What the bench prints: a short table for people, then `name: value` lines for comparing runs. */

export interface Figure {
  name: string;
  value: number;
  /** Shown in the table, e.g. "< 16" or "≥ 1.5". */
  target?: string;
  met?: boolean;
}

const round = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function figuresTable(figures: Figure[]): string {
  return table(
    ['figure', 'value', 'target', ''],
    figures.map((f) => [f.name, round(f.value), f.target ?? '', f.met === undefined ? '' : f.met ? 'ok' : 'MISSED']),
  );
}

export function figureLines(figures: Figure[]): string {
  return figures.map((f) => `${f.name}: ${round(f.value)}`).join('\n');
}

export const fmt = round;
