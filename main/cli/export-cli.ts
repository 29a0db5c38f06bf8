/**
 * `npm run export -- …`: the letters of a campaign for a member list — in one PDF or DOCX, one
 * file per member, or their envelopes or address labels — without a window (like draw.io
 * desktop's --export). A client of the app's own services: the batch is the one the Group
 * letters page runs. Errors print one plain message and exit 1; files are whole or absent.
 *
 * Only argument parsing is loaded up front: the services, the DOCX writer and Chromium's driver
 * are imported when a command needs them, so that --help answers at once.
 */
import { existsSync } from 'node:fs';
import { helpArgs, parseExportArgs, parseListArgs, USAGE } from './cli-args';
import { CLI_FOLDERS } from './cli-folders';
import { runCommand } from './run-command';

const services = () => import('./cli-services');

async function moreHelp(argv: string[]): Promise<string | null> {
  const { campaign, id, lang } = helpArgs(argv);
  if (!campaign || !lang) return null;
  const [{ withCliServices }, { salutationHelp }] = await Promise.all([services(), import('./export-help')]);
  const isFile = existsSync(campaign);
  return withCliServices({ campaignFile: campaign }, (app) => salutationHelp(app, campaign, id, lang, isFile));
}

async function list(argv: string[]): Promise<void> {
  const { campaign } = parseListArgs(argv);
  const [{ withCliServices }, { campaignList }] = await Promise.all([services(), import('./export-help')]);
  console.log(await withCliServices({ campaignFile: campaign }, (app) => campaignList(app, campaign !== undefined)));
}

const NOUNS = { letters: 'letter(s)', each: 'letter(s)', envelopes: 'envelope(s)', labels: 'address label(s)', foyer: 'foyer sheet(s)' };

async function exportCommand(argv: string[]): Promise<void> {
  const args = parseExportArgs(argv);
  if (args.format === 'pdf' && !existsSync(CLI_FOLDERS.builtRenderer)) {
    throw new Error('The print page is not built yet. Run `npm run build` once, then try again.');
  }
  const [{ exportLetters }, { ChromiumPdfEngine }, { localIsoDate }] = await Promise.all([
    import('./export-letters'),
    import('../export/chromium-pdf-engine'),
    import('../../shared/letter/today'),
  ]);
  const result = await exportLetters(args, {
    pdfEngine: () => {
      const engine = new ChromiumPdfEngine(CLI_FOLDERS.builtRenderer, CLI_FOLDERS.resources);
      // Chromium starts and loads the print page while the letters are composed.
      engine.prepare();
      return engine;
    },
    today: () => localIsoDate(),
  });
  const files = args.output.kind === 'each' ? ` in ${result.files} file(s)` : '';
  const noun = args.output.kind === 'foyer' && args.output.envelopes ? NOUNS[args.output.envelopes === 'labels' ? 'labels' : 'envelopes'] : NOUNS[args.output.kind];
  console.log(`Wrote ${result.letters} ${noun}${files} to ${args.out}.`);
  if (result.skippedRows.length > 0) {
    console.log(`Skipped rows without a name or town (or with a text too long for a letter): ${result.skippedRows.join(', ')}.`);
  }
}

process.exitCode = await runCommand(USAGE, (argv) => (argv.includes('--list') ? list(argv) : exportCommand(argv)), moreHelp);
