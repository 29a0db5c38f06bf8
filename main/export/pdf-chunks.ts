import type { PrintJob } from '../../shared/letter/print-page';
import { PdfJoiner } from './pdf-join';

/**
 * Large batches are printed to PDF a slice at a time and joined: one Chromium page holding 5,000
 * letters needs gigabytes (measured: ~4 GB and no result), a slice of 100 a few hundred MB.
 * Slices of 50 rather than 100 lowered the app's share at 5,000 letters from 600 to 582 MB in
 * the same moment, at the same pdf-vs-floor (1.62 vs 1.64): the page holds half the DOM while
 * printing. Letters never straddle slices, so every letter still starts on a new page.
 */
export const LETTERS_PER_SLICE = 50;

export function sliceJob(job: PrintJob, size = LETTERS_PER_SLICE): PrintJob[] {
  if (job.kind !== 'letters' || job.letters.length <= size) return [job];
  const slices: PrintJob[] = [];
  for (let start = 0; start < job.letters.length; start += size) {
    slices.push({ ...job, letters: job.letters.slice(start, start + size) });
  }
  return slices;
}

/** Where a job's time goes, in milliseconds, summed over jobs (the benchmark prints them). */
export interface PrintTimings {
  /** Waiting for Chromium and the print page: only what prepare() or a page change did not hide. */
  loadMs: number;
  /** The page's layout script (renderJob): composing sheets, page breaks, and the fonts below. */
  layoutMs: number;
  /** Of layoutMs, the wait for the letter fonts (renderer/src/print/print-timings.ts). */
  fontsMs: number;
  /** The print engine's own work (page.pdf / printToPDF): the floor no layout change can lower. */
  printMs: number;
  /** Joining the slices' PDFs into one file: what the printing of the next slice did not hide. */
  joinMs: number;
}

/**
 * Prints each slice in turn and appends its pages to the joined file (see pdf-join.ts): at most
 * two slices' PDFs are held at a time besides the output's bytes. Node joins slice N while the
 * print engine lays out and prints slice N + 1 (another process), so `joinMs` counts only the
 * join's time that the printing did not cover.
 */
export async function printInSlices(
  job: PrintJob,
  printSlice: (slice: PrintJob) => Promise<Uint8Array>,
  timings?: Pick<PrintTimings, 'joinMs'>,
): Promise<Uint8Array> {
  const slices = sliceJob(job);
  if (slices.length === 1) return printSlice(slices[0] as PrintJob);
  const joined = new PdfJoiner();
  let joining: Promise<void> = Promise.resolve();
  const waitForJoin = async () => {
    const started = performance.now();
    await joining;
    if (timings) timings.joinMs += performance.now() - started;
  };
  for (const slice of slices) {
    const pdf = await printSlice(slice);
    await waitForJoin();
    joining = joined.append(pdf);
    // A failing join is heard at the next wait; a print that fails first (Stop) ends the job.
    joining.catch(() => undefined);
  }
  await waitForJoin();
  const started = performance.now();
  const bytes = joined.finish();
  if (timings) timings.joinMs += performance.now() - started;
  return bytes;
}
