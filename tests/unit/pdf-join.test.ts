/**
 * Joining the slices of a large batch (main/export/pdf-join.ts): the joined file must be a PDF
 * that strict and lenient readers agree on — pdf-lib reading it back, poppler printing its
 * text — with every page of every slice in order, and a cross-reference table that points at
 * each object exactly (a reader that has to rebuild a broken table would hide the fault).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfJoiner } from '../../main/export/pdf-join';
import { requireTool } from '../support/tools';

const hasPoppler = requireTool('pdftotext', 'poppler-utils', ['-v']);
const dir = mkdtempSync(path.join(tmpdir(), 'appeal-pdf-join-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A slice as Chromium would give it: pages with text in an embedded font, sharing that font. */
async function slice(first: number, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = first; n < first + pages; n++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Letter page ${n}`, { x: 72, y: 700, size: 14, font });
  }
  return pdf.save();
}

async function joined(slices: number[]): Promise<Uint8Array> {
  const joiner = new PdfJoiner();
  let next = 1;
  for (const pages of slices) {
    await joiner.append(await slice(next, pages));
    next += pages;
  }
  return joiner.finish();
}

describe('joining PDF slices', () => {
  it('keeps every page of every slice, in order', async () => {
    const bytes = await joined([3, 1, 4]);
    const doc = await PDFDocument.load(bytes, { throwOnInvalidObject: true });
    expect(doc.getPageCount()).toBe(8);
    expect(doc.getPages().every((page) => page.getWidth() === 595)).toBe(true);
  });

  it('has a cross-reference table that points at every object it lists', async () => {
    const bytes = Buffer.from(await joined([2, 2]));
    const text = bytes.toString('latin1');
    const xrefAt = Number(/startxref\s+(\d+)/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const [, firstLine = '', ...rest] = text.slice(xrefAt).split('\n');
    const [start, count] = firstLine.split(' ').map(Number);
    expect(start).toBe(0);
    const entries = rest.slice(0, count);
    entries.forEach((entry, n) => {
      if (n === 0) return expect(entry).toBe('0000000000 65535 f ');
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${n} 0 obj`.length), `object ${n}`).toBe(`${n} 0 obj`);
    });
    expect(/\/Size (\d+)/.exec(text)?.[1]).toBe(String(count));
  });

  it.skipIf(!hasPoppler)('reads as one document in poppler, with no repair', async () => {
    const file = path.join(dir, 'joined.pdf');
    writeFileSync(file, await joined([5, 5, 2]));
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    // poppler reports a table it had to rebuild ("Syntax Error", "xref") on stderr.
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/Pages:\s+12/);
    const result = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const pages = result.split('\f').filter((p) => p.trim());
    expect(pages.map((p) => p.trim())).toEqual(Array.from({ length: 12 }, (_, i) => `Letter page ${i + 1}`));
  });

  it('keeps a page size a slice gives its page tree rather than each page', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([300, 400]);
    pdf.addPage([300, 400]);
    for (const page of pdf.getPages()) page.node.delete(PDFName.of('MediaBox'));
    pdf.catalog.Pages().set(PDFName.of('MediaBox'), pdf.context.obj([0, 0, 420, 595]));
    const joiner = new PdfJoiner();
    await joiner.append(await slice(1, 1));
    await joiner.append(await pdf.save());
    const doc = await PDFDocument.load(joiner.finish());
    expect(doc.getPages().map((page) => [page.getWidth(), page.getHeight()])).toEqual([
      [595, 842],
      [420, 595],
      [420, 595],
    ]);
  });

  it('carries the first slice’s document information, as a file of one slice has it', async () => {
    const first = await PDFDocument.create();
    first.setProducer('Skia/PDF m156');
    first.addPage();
    const joiner = new PdfJoiner();
    await joiner.append(await first.save());
    await joiner.append(await slice(2, 1));
    expect((await PDFDocument.load(joiner.finish(), { updateMetadata: false })).getProducer()).toBe('Skia/PDF m156');
  });

  it('lists numbers a slice referred to but never defined as a linked chain of free entries', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.getPage(0).node.set(PDFName.of('Annots'), PDFArray.withContext(pdf.context));
    (pdf.getPage(0).node.lookup(PDFName.of('Annots')) as PDFArray).push(PDFRef.of(900));
    pdf.getPage(0).node.set(PDFName.of('Thumb'), PDFRef.of(901));
    const joiner = new PdfJoiner();
    await joiner.append(await slice(1, 1));
    await joiner.append(await pdf.save());
    const text = Buffer.from(joiner.finish()).toString('latin1');
    const xref = text.slice(text.lastIndexOf('\nxref\n') + 1).split('\n').slice(2);
    const entries = xref.slice(0, Number(/\/Size (\d+)/.exec(text)?.[1]));
    const free = entries.flatMap((entry, n) => (entry.endsWith('f ') ? [n] : []));
    expect(free.length).toBeGreaterThan(1);
    // Entry 0 names the first free number, each names the next, the last names 0.
    free.forEach((n, i) => expect(Number(entries[n]?.slice(0, 10)), `free entry ${n}`).toBe(free[i + 1] ?? 0));
    const file = path.join(dir, 'dangling.pdf');
    writeFileSync(file, text, 'latin1');
    if (hasPoppler) expect(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stderr).toBe('');
  });

  it('refuses to finish a file with no pages, and to take pages once finished or while appending', async () => {
    expect(() => new PdfJoiner().finish()).toThrow();
    const joiner = new PdfJoiner();
    const appending = joiner.append(await slice(1, 1));
    await expect(joiner.append(await slice(2, 1))).rejects.toThrow(/appending/);
    await appending;
    joiner.finish();
    await expect(joiner.append(await slice(3, 1))).rejects.toThrow(/finished/);
  });
});
