import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintJob } from '../../shared/letter/print-page';
import { LETTERS_PER_SLICE, printInSlices, sliceJob } from '../../main/export/pdf-chunks';

const letter = (n: number): LetterDocument => ({
  lang: 'en',
  pageLabel: '',
  layout: { preset: 'ch-right', offsetMm: { x: 0, y: 0 }, foldMarks: false },
  blocks: [{ kind: 'footer', text: String(n) }],
});
const numberOf = (doc: LetterDocument) => Number(doc.blocks[0]?.kind === 'footer' ? doc.blocks[0].text : NaN);
const job = (count: number): PrintJob => ({ kind: 'letters', letters: Array.from({ length: count }, (_, i) => letter(i)), options: { padToEven: true } });

/** A stand-in print engine: one page per letter, the page carrying the letter's number as its size. */
async function printOnePagePerLetter(slice: PrintJob): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (slice.kind === 'letters') slice.letters.forEach((doc) => pdf.addPage([100 + numberOf(doc), 100]));
  return pdf.save();
}

describe('printing a large batch in slices', () => {
  it('keeps small jobs whole and cuts large ones between letters, options kept', () => {
    expect(sliceJob(job(LETTERS_PER_SLICE))).toHaveLength(1);
    const slices = sliceJob(job(LETTERS_PER_SLICE * 2 + 7));
    expect(slices.map((s) => (s.kind === 'letters' ? s.letters.length : 0))).toEqual([LETTERS_PER_SLICE, LETTERS_PER_SLICE, 7]);
    expect(slices.every((s) => s.kind === 'letters' && s.options?.padToEven)).toBe(true);
  });

  it('joins the slices into one PDF with every page in order', async () => {
    const joined = await PDFDocument.load(await printInSlices(job(230), printOnePagePerLetter));
    const widths = joined.getPages().map((page) => page.getWidth());
    expect(widths).toEqual(Array.from({ length: 230 }, (_, i) => 100 + i));
  });

  it('ends with the print error when a slice fails (Stop) while the slice before is being joined', async () => {
    let calls = 0;
    const stopped = printInSlices(job(300), async (slice) => {
      if (++calls === 2) throw new Error('stopped');
      return printOnePagePerLetter(slice);
    });
    await expect(stopped).rejects.toThrow('stopped');
  });

  it('fails when a slice is not a PDF, printing at most one slice more', async () => {
    let calls = 0;
    const broken = printInSlices(job(300), async (slice) => {
      calls++;
      return calls === 1 ? new TextEncoder().encode('not a PDF') : printOnePagePerLetter(slice);
    });
    await expect(broken).rejects.toThrow();
    expect(calls).toBeLessThanOrEqual(2);
  });
});
