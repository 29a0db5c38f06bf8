import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fuzzRuns } from '../support/fuzz-runs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCampaignFile, type DecodeResult } from '../../shared/campaign/decode-file';
import { encodeCampaignFile } from '../../shared/campaign/encode-file';
import { formatProblemEnglish } from '../../shared/campaign/format-problem';
import { campaignSchema } from '../../shared/campaign/schema';
import { readCampaignFile } from '../../shared/campaign/validate';
import en from '../../shared/i18n/locales/en/import.json';
import { CampaignLibrary } from '../../main/services/campaign-library';

/**
 * Thousands of damaged campaign files: valid fixtures with fields dropped or replaced by random
 * JSON, keys added, bytes cut off, overwritten or inserted. Whatever arrives, the importer must
 * answer quickly with either campaigns or a readable message, and never touch the library.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const validDir = path.join(import.meta.dirname, '../fixtures/campaigns/valid');
const bases = readdirSync(validDir)
  .filter((name) => name !== 'expected.json')
  .map((name) => JSON.parse(readFileSync(path.join(validDir, name), 'utf8').replace(/^\uFEFF/, '')) as Json);

function pathsIn(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((child, index) => [index, child] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => pathsIn(child, [...prefix, key]))];
}

/** Applies `change` to the value at `at` (a path into `root`, which is a fresh copy). */
function edit(root: Json, at: Path, change: (parent: Json[] | { [key: string]: Json }, key: string | number) => void): Json {
  if (at.length === 0) return root;
  let parent: Json = root;
  for (const key of at.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  change(parent as Json[] | { [key: string]: Json }, at[at.length - 1] as string | number);
  return root;
}

const jsonEdit: fc.Arbitrary<(root: Json, paths: Path[]) => Json> = fc.oneof(
  fc.nat().map((pick) => (root: Json, paths: Path[]) =>
    edit(root, paths[pick % paths.length] ?? [], (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    }),
  ),
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([pick, value]) => (root: Json, paths: Path[]) => {
    const at = paths[pick % paths.length] ?? [];
    // A copy each time: fast-check may hand the same object to two edits, and inserting one object
    // into itself made a circular structure that JSON cannot write.
    const inserted = structuredClone(value) as Json;
    return at.length === 0 ? inserted : edit(root, at, (parent, key) => ((parent as Record<string | number, Json>)[key] = inserted));
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })).map(([pick, name, value]) => (root: Json, paths: Path[]) => {
    const objects = paths.filter((at) => {
      const target = at.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
      return target !== null && typeof target === 'object' && !Array.isArray(target);
    });
    const at = objects[pick % Math.max(objects.length, 1)];
    if (!at) return root;
    const target = at.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
    (target as Record<string, Json>)[name] = structuredClone(value) as Json;
    return root;
  }),
);

/** Mostly left intact, so that most runs reach the field checks rather than the UTF-8 check. */
const byteEdit: fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: fc.constant((bytes: Uint8Array) => bytes) },
  { weight: 2, arbitrary: fc.nat().map((cut) => (bytes: Uint8Array) => bytes.slice(0, cut % (bytes.length + 1))) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
      .map((changes) => (bytes: Uint8Array) => {
        const copy = bytes.slice();
        for (const [at, byte] of changes) if (copy.length > 0) copy[at % copy.length] = byte;
        return copy;
      }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, inserted]) => (bytes: Uint8Array) => {
      const cut = at % (bytes.length + 1);
      return new Uint8Array([...bytes.slice(0, cut), ...inserted, ...bytes.slice(cut)]);
    }),
  },
);

const damagedFile = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.nat(), fc.array(jsonEdit, { minLength: 1, maxLength: 3 }), byteEdit, fc.constantFrom('a.appeal', 'b.json'))
      .map(([pick, edits, damage, fileName]) => {
        let root = structuredClone(bases[pick % bases.length] ?? null);
        for (const apply of edits) root = apply(root, pathsIn(root));
        return { bytes: damage(new TextEncoder().encode(JSON.stringify(root, null, 2))), fileName };
      }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ bytes, fileName: 'random.appeal' })) },
);

/** Every key and string value the importer read from the file, as the messages may quote them. */
function textsIn(decoded: DecodeResult): string {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        texts.push(key);
        visit(child);
      }
    }
  };
  if (decoded.ok) visit(decoded.value);
  return texts.join('\n');
}

let dataDir = '';
let library: CampaignLibrary;
let before: Record<string, string>;

function fingerprint(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(path.join(folder, name))).digest('hex')]),
  );
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'campaign-fuzz-'));
  library = new CampaignLibrary({ dataDir, bundledDir: path.join(dataDir, 'no-bundled') });
  for (const name of ['minimal.appeal', 'monthly-bundle.appeal']) {
    const preview = library.previewImport(readFileSync(path.join(validDir, name)), name);
    if (preview.ok) library.confirmImport(preview.token);
  }
  before = fingerprint(dataDir);
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('damaged campaign files', () => {
  it('are answered quickly, in words, without touching the library', () => {
    const listed = library.list();
    fc.assert(
      fc.property(damagedFile, ({ bytes, fileName }) => {
        const started = performance.now();
        const preview = library.previewImport(bytes, fileName);
        // A hang guard, not a speed target: the machine is shared and noisy (speed is `npm run bench`'s).
        expect(performance.now() - started).toBeLessThan(2_000);
        if (!preview.ok) {
          expect(preview.message).toMatch(/^[A-Z].*\.$/s);
          // Template leftovers ("{{x}}", "undefined", "[object …]") are bugs unless the file itself
          // says them: a message quotes the file's own values, such as a language named "{{".
          const fileText = textsIn(decodeCampaignFile(bytes, fileName));
          for (const [leftover] of preview.message.matchAll(/\{\{[\w.\s]*(?:\}\})?|undefined|\[object/g)) {
            expect(fileText).toContain(leftover);
          }
        }
        expect(fingerprint(dataDir)).toEqual(before);
      }),
      { numRuns: fuzzRuns(4000) },
    );
    expect(library.list()).toEqual(listed);
  });

  it('are accepted only when every campaign is valid, and what is accepted exports and reads back equal', () => {
    fc.assert(
      fc.property(damagedFile, ({ bytes, fileName }) => {
        const result = readCampaignFile(bytes, fileName);
        if (!result.ok) {
          expect(Object.keys(en)).toContain(result.problem.key);
          expect(formatProblemEnglish(result.problem).length).toBeGreaterThan(20);
          return;
        }
        for (const campaign of result.campaigns) expect(campaignSchema.safeParse(campaign).success).toBe(true);
        const again = readCampaignFile(encodeCampaignFile(result.campaigns), 'export.appeal');
        expect(again.ok && again.campaigns).toEqual(result.campaigns);
      }),
      { numRuns: fuzzRuns(4000) },
    );
  });
});
