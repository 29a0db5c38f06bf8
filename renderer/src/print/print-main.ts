import type { LetterDocument } from '../../../shared/letter/model';
import type {
  LetterPrintOptions,
  PrintJob,
  PrintPageApi,
  PrintPageGlobal,
  PrintPageTimings,
  PrintPageTimingsGlobal,
} from '../../../shared/letter/print-page';
import { mountEnvelopes } from '../envelope/mount-envelopes';
import { mountLabels } from '../envelope/mount-labels';
import { loadLetterFonts, mountLetters } from '../preview/mount-letters';
import { mountTestPage } from './mount-test-page';
import '../preview/letter.css';
import '../envelope/envelope.css';
import './print.css';

/**
 * The print page: main (a hidden window) or the command line (headless Chromium) hands it a job
 * — composed letters, envelopes or a label sheet — it lays them out with the same code as the
 * preview, and resolves once every font has loaded: the print engine then takes the page as it
 * stands. No fixed waits.
 */
/** Time spent waiting for fonts, summed over jobs: the benchmark's split of the layout time. */
const timings: PrintPageTimings = { fontsMs: 0 };

async function renderJob(job: PrintJob): Promise<number> {
  const root = document.getElementById('letters');
  if (!root) throw new Error('print page has no #letters element');
  let started = performance.now();
  // Before laying out: page breaks and shrink-to-fit measured in a fallback font would be wrong.
  await loadLetterFonts();
  timings.fontsMs += performance.now() - started;
  let pages: number;
  switch (job.kind) {
    case 'letters':
      pages = mountLetters(root, job.letters, job.options ?? {});
      break;
    case 'envelopes':
      pages = mountEnvelopes(root, job.envelopes);
      break;
    case 'labels':
      pages = mountLabels(root, job.sheet);
      break;
    case 'test-page':
      pages = mountTestPage(root, job.layout, job.texts);
      break;
  }
  started = performance.now();
  await document.fonts.ready;
  timings.fontsMs += performance.now() - started;
  return pages;
}

function render(letters: LetterDocument[], options: LetterPrintOptions = {}): Promise<number> {
  return renderJob({ kind: 'letters', letters, options });
}

(window as unknown as PrintPageGlobal).appealPrint = { render, renderJob } satisfies PrintPageApi;
(window as unknown as PrintPageTimingsGlobal).appealPrintTimings = timings;
