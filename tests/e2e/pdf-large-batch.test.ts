import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../shared/letter/model';
import { ChromiumPdfEngine, SLICES_PER_PAGE } from '../../main/export/chromium-pdf-engine';
import { LETTERS_PER_SLICE } from '../../main/export/pdf-chunks';
import { BUILT_RENDERER_DIR } from '../../main/paths';
import { requireTool } from '../support/tools';
import { pdfPagesText } from '../support/pdf-words';

const tools = requireTool('pdftotext', 'poppler-utils', ['-v']) && requireTool('chromium', 'chromium');
const dir = mkdtempSync(path.join(tmpdir(), 'appeal-pdf-large-'));

/** A one-page letter carrying its number: the order of the pages shows in the PDF's text. */
const letter = (n: number): LetterDocument => ({
  lang: 'en',
  pageLabel: '',
  layout: { preset: 'ch-right', offsetMm: { x: 0, y: 0 }, foldMarks: false },
  blocks: [{ kind: 'footer', text: `Letter number ${n}` }],
});

describe.runIf(tools)('a batch longer than one print page prints (several pages and slices)', () => {
  const engine = new ChromiumPdfEngine(BUILT_RENDERER_DIR);
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints every letter once and in order across fresh print pages, and leaves none open', async () => {
    // One slice into a second print page: the page change and the joins of every slice.
    const count = LETTERS_PER_SLICE * SLICES_PER_PAGE + 1;
    const letters = Array.from({ length: count }, (_, i) => letter(i + 1));
    engine.prepare();
    const file = path.join(dir, 'batch.pdf');
    writeFileSync(file, await engine.lettersToPdf(letters));
    const pages = pdfPagesText(file).map((text) => /Letter number (\d+)/.exec(text)?.[1]);
    expect(pages).toEqual(letters.map((_, i) => String(i + 1)));
    expect(await engine.openPages()).toBe(0);
  }, 180_000);
});
