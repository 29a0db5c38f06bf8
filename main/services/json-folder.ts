import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './batch/json-file';

/**
 * A folder of records, one JSON file each (`<id>.json`, with `<id>.json.bak` holding the save
 * before), kept as every JSON file of the app is (json-file.ts: atomic writes, a damaged file moved
 * aside and never reset). One file per record, so a damaged file costs one group or one draft,
 * never all of them. Each file says what it holds: `{ format, formatVersion: 1, [key]: record }`.
 */
export class JsonFolder<T> {
  private readonly fileSchema: z.ZodType<Record<string, unknown>>;

  constructor(
    private readonly dir: string,
    private readonly kind: { format: string; key: string; schema: z.ZodType<T>; idPattern: RegExp },
  ) {
    this.fileSchema = z.object({ format: z.literal(kind.format), formatVersion: z.literal(1), [kind.key]: kind.schema });
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  /** Every record that can be read; unreadable ones are left out (and kept aside by the reader). */
  all(): T[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith('.json') && this.kind.idPattern.test(name.slice(0, -'.json'.length)))
      .map((name) => this.get(name.slice(0, -'.json'.length)))
      .filter((record): record is T => record !== undefined);
  }

  get(id: string): T | undefined {
    return readJsonFile(this.file(id), this.fileSchema)?.[this.kind.key] as T | undefined;
  }

  put(id: string, record: T): void {
    mkdirSync(this.dir, { recursive: true });
    writeJsonFile(this.file(id), { format: this.kind.format, formatVersion: 1, [this.kind.key]: record });
  }

  delete(id: string): void {
    rmSync(this.file(id), { force: true });
    rmSync(`${this.file(id)}.bak`, { force: true });
  }
}
