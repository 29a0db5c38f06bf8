/**
 * `npm run export -- …`: the letters of a campaign for a member list, as one PDF or DOCX,
 * without a window (like draw.io desktop's --export). Errors print one plain message and exit 1;
 * the output file is written whole or not at all.
 */
import { ChromiumPdfEngine } from '../export/chromium-pdf-engine';
import { BUILT_RENDERER_DIR, BUNDLED_CAMPAIGNS_DIR, FONTS_DIR } from '../paths';
import { parseExportArgs, USAGE } from './cli-args';
import { runCommand } from './run-command';
import { exportLetters } from './export-letters';
import { existsSync } from 'node:fs';
import { localIsoDate } from '../../shared/letter/today';

process.exitCode = await runCommand(USAGE, async (argv) => {
  const args = parseExportArgs(argv);
  if (args.format === 'pdf' && !existsSync(BUILT_RENDERER_DIR)) {
    throw new Error('The print page is not built yet. Run `npm run build` once, then try again.');
  }
  const result = await exportLetters(args, {
    bundledDir: BUNDLED_CAMPAIGNS_DIR,
    fontDir: FONTS_DIR,
    pdfEngine: () => new ChromiumPdfEngine(BUILT_RENDERER_DIR),
    today: () => localIsoDate(),
  });
  console.log(`Wrote ${result.letters} letter(s) to ${args.out}.`);
  if (result.skippedRows.length > 0) {
    console.log(`Skipped rows without a name or town (or with a text too long for a letter): ${result.skippedRows.join(', ')}.`);
  }
});
