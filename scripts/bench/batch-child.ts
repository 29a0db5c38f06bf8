/**
 * One batch export in a process of its own, so that its peak memory is its own: the same path as
 * `npm run export` (read the list, compose, lay out, write the file atomically), timed from the
 * call to the file on disk — Node's start-up is not part of what a member waits for.
 *
 * run-batch.ts bundles this file first and runs the bundle with plain Node, as the app's main
 * process runs bundled code: under tsx the transpiler and its cache added ~50 MB to every figure.
 *
 * Usage: node batch-child.mjs <pdf|docx> <members.csv> <out file> <project root>
 * Prints one JSON line: { seconds, nodeMaxRssMb, letters, timings }.
 */
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { parseExportArgs } from '../../main/cli/cli-args';
import { exportLetters } from '../../main/cli/export-letters';
import { checkoutFolders } from '../../main/paths';

const BENCH_CAMPAIGN = 'azerbaijan-2020-nagorno-karabakh';

const [format = '', members = '', out = '', root = ''] = process.argv.slice(2);
const folders = checkoutFolders(root);
const args = parseExportArgs(['--campaign', BENCH_CAMPAIGN, '--lang', 'en', '--members', members, '--format', format, '--out', out]);
let engine: ChromiumPdfEngine | null = null;
const started = performance.now();
const result = await exportLetters(args, {
  resourcesDir: folders.resources,
  // As the command line makes it (main/cli/export-cli.ts): started while the letters are composed.
  pdfEngine: () => {
    engine = new ChromiumPdfEngine(folders.builtRenderer, folders.resources);
    engine.prepare();
    return engine;
  },
  today: () => '2026-12-01',
});
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes on Linux.
const nodeMaxRssMb = process.resourceUsage().maxRSS / 1024;
// Where the PDF's time went (chromium-pdf-engine.ts), in milliseconds; null for a DOCX.
const timings = (engine as ChromiumPdfEngine | null)?.timings ?? null;
console.log(JSON.stringify({ seconds, nodeMaxRssMb, letters: result.letters, timings }));
