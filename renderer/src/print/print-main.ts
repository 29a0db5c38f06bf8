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
import { LaidOutLetters } from '../preview/layout-reuse';
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

/**
 * Layouts kept from one job to the next: a large batch comes as slices (main/export/pdf-chunks.ts)
 * and each slice's letters copy the body laid out for the first. Letters that all differ (each
 * with its own text) would keep every one: past this many, the page starts afresh.
 */
const MAX_LAYOUTS_KEPT = 50;
let laidOut = new LaidOutLetters();

/** print.css: shown only to the print engine. */
const PRINT_ONLY = 'print-only';

async function renderJob(job: PrintJob): Promise<number> {
  const root = document.getElementById('letters');
  if (!root) throw new Error('print page has no #letters element');
  let started = performance.now();
  // Before laying out: page breaks and shrink-to-fit measured in a fallback font would be wrong.
  await loadLetterFonts();
  timings.fontsMs += performance.now() - started;
  let pages: number;
  // Laid out on screen only while mounting (page breaks read the layout); see print.css.
  root.classList.remove(PRINT_ONLY);
  switch (job.kind) {
    case 'letters':
      if (laidOut.size > MAX_LAYOUTS_KEPT) laidOut = new LaidOutLetters();
      pages = mountLetters(root, job.letters, job.options ?? {}, laidOut);
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
  root.classList.add(PRINT_ONLY);
  started = performance.now();
  await document.fonts.ready;
  timings.fontsMs += performance.now() - started;
  return pages;
}

function render(letters: LetterDocument[], options: LetterPrintOptions = {}): Promise<number> {
  return renderJob({ kind: 'letters', letters, options });
}

// The letter fonts start loading with the page, not with its first job: a large batch's next page
// loads while the one before prints (main/export/chromium-pdf-engine.ts). renderJob still waits.
void loadLetterFonts().catch(() => undefined);

(window as unknown as PrintPageGlobal).appealPrint = { render, renderJob } satisfies PrintPageApi;
(window as unknown as PrintPageTimingsGlobal).appealPrintTimings = timings;
