/**
 * `npm run bench`: the figures of what members wait for (issue 8). Not a test: it prints
 * numbers to compare from run to run on the same machine. Sections run one after the other so
 * they do not compete for this machine's two cores.
 *
 * `--only pdf,docx,libreoffice,preview,startup,size` runs a subset (while working on one figure);
 * `--sizes 50,500` changes the scale cases (500 is always needed for the PDF/LibreOffice pair).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeBrowser } from '../../tests/e2e/harness';
import { BUILT_RENDERER_DIR } from '../../main/paths';
import { rendererJs } from './bundle-size';
import { libreofficeOursAndPlain } from './docx-floor';
import { writeMemberList } from './member-list';
import { measurePreviewLatency } from './preview-latency';
import { figureLines, figuresTable, fmt, table, type Figure } from './report';
import { bundleBatchChild, runBatch, type BatchResult } from './run-batch';
import { measureStartup } from './startup';
import { runTestSuite } from './test-suite';
import { median } from './stats';

/** The median run's time with the highest memory any run reached. */
function typicalRun(runs: BatchResult[]): BatchResult {
  return {
    ...(runs[0] as BatchResult),
    seconds: median(runs.map((r) => r.seconds)),
    nodeMaxRssMb: Math.max(...runs.map((r) => r.nodeMaxRssMb)),
    treeRssMb: Math.max(...runs.map((r) => r.treeRssMb)),
    treePssMb: Math.max(...runs.map((r) => r.treePssMb)),
    appRssMb: Math.max(...runs.map((r) => r.appRssMb)),
  };
}

const SECTIONS = ['size', 'startup', 'preview', 'docx', 'pdf', 'libreoffice'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string', default: '50,500,5000' } } });
const only = new Set((values.only?.split(',') ?? SECTIONS) as Section[]);
const sizes = values.sizes.split(',').map(Number);
const work = mkdtempSync(path.join(tmpdir(), 'appeal-bench-'));
const figures: Figure[] = [];
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const target = (name: string, value: number, text: string, met: boolean) => figures.push({ name, value, target: text, met });

try {
  if (only.has('size')) {
    const js = rendererJs(BUILT_RENDERER_DIR);
    log(`renderer JS: ${js.files.join(', ')} (${fmt(js.rawKb)} KB raw)`);
    target('renderer-gzip-kb', js.gzipKb, '< 250', js.gzipKb < 250);
  }
  if (only.has('startup')) {
    log('start-up …');
    const startup = await measureStartup();
    log(`start-up: first load ${fmt(startup.firstMs)} ms, then ${startup.samples.map(fmt).join(', ')} ms`);
    target('startup-ms', startup.medianMs, '< 300', startup.medianMs < 300);
  }
  if (only.has('preview')) {
    log('preview while typing (200 keystrokes) …');
    const preview = await measurePreviewLatency();
    log(`preview work alone (update + that frame's paint): p50 ${fmt(preview.workP50Ms)} ms, p95 ${fmt(preview.workP95Ms)} ms`);
    figures.push({ name: 'preview-p50-ms', value: preview.p50Ms });
    target('preview-p95-ms', preview.p95Ms, '< 16', preview.p95Ms < 16);
    log('preview while typing at 200 % text …');
    const large = await measurePreviewLatency(2);
    figures.push({ name: 'preview-200-p50-ms', value: large.p50Ms });
    target('preview-200-p95-ms', large.p95Ms, '< 16', large.p95Ms < 16);
  }
  await closeBrowser();

  const results: BatchResult[] = [];
  if (only.has('docx') || only.has('pdf') || only.has('libreoffice')) await bundleBatchChild();
  const lists = new Map(sizes.map((n) => [n, writeMemberList(path.join(work, `members-${n}.csv`), n)]));
  for (const format of ['docx', 'pdf'] as const) {
    if (!only.has(format) && !(format === 'docx' && only.has('libreoffice'))) continue;
    for (const [n, list] of lists) {
      // A DOCX batch takes a fraction of a second, where one noisy moment shows: the median of
      // three runs (and the highest memory of them). A PDF batch runs once.
      const runs = format === 'docx' ? 3 : 1;
      log(`${format} × ${n}${runs > 1 ? ` (${runs} runs)` : ''} …`);
      const done: BatchResult[] = [];
      for (let run = 0; run < runs; run++) {
        // One case failing (killed, out of memory) must not cost the figures of the others.
        await runBatch(format, list, path.join(work, `letters-${n}.${format}`)).then(
          (result) => done.push(result),
          (error: Error) => log(`${format} × ${n} FAILED: ${error.message.slice(0, 300)}`),
        );
      }
      if (done.length > 1) log(`${format} × ${n}: ${done.map((r) => fmt(r.seconds)).join(', ')} s`);
      if (done.length > 0) results.push(typicalRun(done));
    }
  }
  const batch = (format: string, n: number) => results.find((r) => r.format === format && r.letters === n);
  if (only.has('pdf')) {
    // What the PDF path costs before the letters count: Chromium's browser, GPU, network,
    // storage and renderer processes with the print page loaded, for a single letter.
    log("pdf × 1 (the print engine's fixed cost) …");
    const one = await runBatch('pdf', writeMemberList(path.join(work, 'members-1.csv'), 1), path.join(work, 'letters-1.pdf')).catch(
      (error: Error) => {
        log(`pdf × 1 FAILED: ${error.message.slice(0, 300)}`);
        return null;
      },
    );
    if (one) {
      figures.push({ name: 'pdf-1-peak-rss-mb', value: one.treeRssMb }, { name: 'pdf-1-peak-pss-mb', value: one.treePssMb });
      figures.push({ name: 'pdf-1-node-rss-mb', value: one.nodeMaxRssMb });
    }
  }
  let libreofficeSeconds: number | null = null;
  if (only.has('libreoffice') && batch('docx', 500)) {
    log('LibreOffice: the same 500 letters from our DOCX to PDF, then a plain DOCX of the same paragraphs …');
    const lo = await libreofficeOursAndPlain(path.join(work, 'letters-500.docx'), path.join(work, 'libreoffice'));
    libreofficeSeconds = lo.oursSeconds;
    log(`LibreOffice: ours ${fmt(lo.oursSeconds)} s, plain ${fmt(lo.plainSeconds)} s`);
    figures.push({ name: 'libreoffice-500-plain-seconds', value: lo.plainSeconds });
    const ratio = lo.oursSeconds / lo.plainSeconds;
    target('docx-lo-vs-plain', ratio, '≤ 3', ratio <= 3);
  }

  const pdf500 = batch('pdf', 500);
  if (pdf500) figures.push({ name: 'pdf-500-seconds', value: pdf500.seconds });
  if (pdf500?.timings) {
    // The print engine's own share (page.pdf), and where the rest of the same run went.
    const t = pdf500.timings;
    const printOnly = t.printMs / 1000;
    figures.push({ name: 'pdf-print-only-500-seconds', value: printOnly });
    target('pdf-vs-floor', pdf500.seconds / printOnly, '≤ 1.3', pdf500.seconds / printOnly <= 1.3);
    figures.push(
      { name: 'pdf-500-load-seconds', value: t.loadMs / 1000 },
      { name: 'pdf-500-layout-seconds', value: (t.layoutMs - t.fontsMs) / 1000 },
      { name: 'pdf-500-fonts-seconds', value: t.fontsMs / 1000 },
      { name: 'pdf-500-join-seconds', value: t.joinMs / 1000 },
      { name: 'pdf-500-other-seconds', value: pdf500.seconds - (t.loadMs + t.layoutMs + t.printMs + t.joinMs) / 1000 },
    );
  }
  const pdf5000 = batch('pdf', 5000);
  if (pdf5000) {
    target('pdf-5000-app-mb', pdf5000.appRssMb, '< 600', pdf5000.appRssMb < 600);
    figures.push({ name: 'pdf-5000-tree-mb', value: pdf5000.treeRssMb });
  }
  if (libreofficeSeconds !== null) figures.push({ name: 'libreoffice-500-seconds', value: libreofficeSeconds });
  if (pdf500 && libreofficeSeconds !== null) {
    const ratio = libreofficeSeconds / pdf500.seconds;
    target('pdf-vs-libreoffice', ratio, '≥ 1.5', ratio >= 1.5);
  }
  const docx500 = batch('docx', 500);
  if (docx500) target('docx-500-seconds', docx500.seconds, '< 0.25', docx500.seconds < 0.25);
  for (const n of sizes) {
    for (const format of ['docx', 'pdf'] as const) {
      const result = batch(format, n);
      if (!result) continue;
      if (n !== 500) figures.push({ name: `${format}-${n}-seconds`, value: result.seconds });
      figures.push({ name: `${format}-${n}-peak-rss-mb`, value: result.treeRssMb });
      // The export's own process, without the Chromium it drives (see the README's benchmark notes).
      figures.push({ name: `${format}-${n}-node-rss-mb`, value: result.nodeMaxRssMb });
    }
    const peaks = results.filter((r) => r.letters === n).map((r) => r.treeRssMb);
    if (peaks.length > 0) {
      const peak = Math.max(...peaks);
      if (n === 5000) target('peak-rss-5000-mb', peak, '< 500', peak < 500);
      else figures.push({ name: `peak-rss-${n}-mb`, value: peak });
    }
  }

  // Not in a plain `npm run bench`: it takes minutes, so only when named (`--only tests`).
  if (values.only?.split(',').includes('tests')) {
    log('the test suite (vitest run) …');
    const suite = await runTestSuite();
    if (!suite.passed) log('the test suite FAILED: its time is not that of a green run');
    target('test-suite-seconds', suite.seconds, '< 300', suite.passed && suite.seconds < 300);
  }
  if (results.length > 0) {
    console.log(
      table(
        ['batch', 'letters', 'seconds', 'ms/letter', 'peak RSS MB (tree)', 'peak PSS MB (tree)', 'app RSS MB', 'Node maxRSS MB'],
        results.map((r) => [
          r.format,
          String(r.letters),
          fmt(r.seconds),
          fmt((r.seconds * 1000) / r.letters),
          fmt(r.treeRssMb),
          fmt(r.treePssMb),
          fmt(r.appRssMb),
          fmt(r.nodeMaxRssMb),
        ]),
      ),
    );
    console.log();
  }
  console.log(figuresTable(figures));
  console.log();
  console.log(figureLines(figures));
} finally {
  await closeBrowser();
  rmSync(work, { recursive: true, force: true });
}
