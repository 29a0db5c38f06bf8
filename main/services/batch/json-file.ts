import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { removeLeftoverTempFiles, writeFileAtomicSync } from '../../files/atomic-file';

/**
 * One JSON file of the batch area (a group, the print log) with `<file>.bak` holding the state
 * before the last save. A file that cannot be used is never reset silently: the backup is read
 * instead, and a damaged file is moved aside under a new name and kept.
 */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T | undefined {
  removeLeftoverTempFiles(file);
  removeLeftoverTempFiles(`${file}.bak`);
  const main = parse(file, schema);
  if (main.status === 'good') return main.value;
  if (main.status === 'damaged') keepAside(file);
  const backup = parse(`${file}.bak`, schema);
  return backup.status === 'good' ? backup.value : undefined;
}

export function writeJsonFile(file: string, value: unknown): void {
  // The state before this save: what a damaged file falls back to. Written atomically too, so a
  // crash while copying never leaves a half backup in place of a good one.
  if (existsSync(file)) writeFileAtomicSync(`${file}.bak`, readFileSync(file));
  writeFileAtomicSync(file, `${JSON.stringify(value, null, 1)}\n`);
}

type Parsed<T> = { status: 'good'; value: T } | { status: 'missing' | 'damaged' };

function parse<T>(file: string, schema: z.ZodType<T>): Parsed<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { status: 'missing' };
  }
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? { status: 'good', value: result.data } : { status: 'damaged' };
  } catch {
    return { status: 'damaged' };
  }
}

function keepAside(file: string): void {
  try {
    renameSync(file, `${file}.damaged-${Date.now()}`);
  } catch {
    // Left where it is: the backup, when good, is still read.
  }
}

/**
 * A file of the app's own format (`{ format, formatVersion: 1, <key>: … }`) kept the way above,
 * with its folder made on first save: the print log, the letters-sent count, the stamp prices.
 */
export class FormattedJsonFile<Key extends string, T> {
  private readonly schema: z.ZodType<Record<Key, T>>;

  constructor(
    readonly file: string,
    private readonly format: string,
    private readonly key: Key,
    body: z.ZodType<T>,
  ) {
    this.schema = z.object({ format: z.literal(format), formatVersion: z.literal(1), [key]: body }) as unknown as z.ZodType<Record<Key, T>>;
  }

  read(): T | undefined {
    return readJsonFile(this.file, this.schema)?.[this.key];
  }

  write(value: T): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeJsonFile(this.file, this.content(value));
  }

  /** The file's whole content for `value`, as write() stores it. */
  content(value: T): { format: string; formatVersion: 1 } & Record<Key, T> {
    return { format: this.format, formatVersion: 1, [this.key]: value } as { format: string; formatVersion: 1 } & Record<Key, T>;
  }
}
