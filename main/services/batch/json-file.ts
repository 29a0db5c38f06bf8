import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { z } from 'zod';
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
