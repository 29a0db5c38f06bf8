/**
 * One batch export in a process of its own, so that its peak memory is its own: the same path as
 * `npm run export` (read the list, compose, lay out, write the file atomically), timed from the
 * call to the file on disk — Node's start-up is not part of what a member waits for.
 *
 * Usage: node --import tsx scripts/bench/batch-child.ts <pdf|docx> <members.csv> <out file>
 * Prints one JSON line: { seconds, nodeMaxRssMb }.
 */
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { parseExportArgs } from '../../main/cli/cli-args';
import { exportLetters } from '../../main/cli/export-letters';
import { BUILT_RENDERER_DIR, BUNDLED_CAMPAIGNS_DIR, FONTS_DIR } from '../../main/paths';

const BENCH_CAMPAIGN = 'azerbaijan-2020-nagorno-karabakh';

const [format = '', members = '', out = ''] = process.argv.slice(2);
const args = parseExportArgs(['--campaign', BENCH_CAMPAIGN, '--lang', 'en', '--members', members, '--format', format, '--out', out]);
const started = performance.now();
const result = await exportLetters(args, {
  bundledDir: BUNDLED_CAMPAIGNS_DIR,
  fontDir: FONTS_DIR,
  pdfEngine: () => new ChromiumPdfEngine(BUILT_RENDERER_DIR),
  today: () => '2026-12-01',
});
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes on Linux.
const nodeMaxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds, nodeMaxRssMb, letters: result.letters }));
