import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AppServices } from '../../shared/api/contract';
import type { BatchResult } from '../../shared/api/operations/batch-ops';
import batchEnglish from '../../shared/i18n/locales/en/batch.json';
import type { Campaign } from '../../shared/campaign/schema';
import type { EnvelopeSizeId } from '../../shared/envelope/sizes';
import { ownLetterText } from '../../shared/letter/compose';
import { membersFromRows } from '../../shared/members/member-rows';
import type { PdfEngine } from '../services/ports';
import { campaignFromArg, importCampaignFile } from './cli-campaigns';
import type { ExportArgs } from './cli-args';
import { callOperation, withCliServices } from './cli-services';
import { batchSettingsFor, ExportError } from './export-settings';

export { choicePicks, batchSettingsFor, ExportError } from './export-settings';

export interface ExportDeps {
  /** Bundled campaigns and fonts; the checkout's unless named (code bundled elsewhere: the benchmark). */
  resourcesDir?: string;
  /** Made once the run needs a PDF; closed at the end. */
  pdfEngine: () => PdfEngine;
  /** The date printed in every letter: the clock of the command line. */
  today: () => string;
}

export interface ExportSummary {
  /** Letters, envelopes or labels made. */
  letters: number;
  files: number;
  /** Rows of the list that got no letter (no name or town, or a text too long for a letter). */
  skippedRows: number[];
}

const failedList = batchEnglish.import.failed;

/** The list read as the Group letters page reads it: the file through main, the columns by the shared mapper. */
async function readMembers(app: AppServices) {
  const list = await callOperation(app, 'chooseMemberList', undefined);
  if (!list) throw new ExportError('The member list could not be opened.');
  if (!list.ok) throw new ExportError(failedList[list.reason].replace('{{fileName}}', list.fileName));
  const read = membersFromRows(list.rows);
  if (read.members.length === 0) throw new ExportError('The member list has no usable rows (each needs a name and a town).');
  return { members: read.members.map((m) => m.member), skippedRows: read.problems.map((p) => p.row) };
}

/** The batch the Group letters page would run for these arguments, run by the same services. */
async function runThroughServices(app: AppServices, args: ExportArgs, deps: ExportDeps): Promise<ExportSummary> {
  const fileIds = existsSync(args.campaign) ? await importCampaignFile(app) : null;
  const campaign = await campaignFromArg(app, args.campaign, args.id, fileIds);
  if (args.output.kind === 'foyer') return foyerThroughServices(app, campaign, args, args.output.counts, deps);
  const { members, skippedRows } = await readMembers(app);
  const run = {
    jobId: 'command-line',
    groupName: path.parse(args.members).name.slice(0, 120),
    members,
    settings: batchSettingsFor(campaign, args, deps.today()),
  };
  const { output } = args;
  let result: BatchResult;
  if (output.kind === 'envelopes' || output.kind === 'labels') {
    const size = output.kind === 'envelopes' ? output.size : undefined;
    result = await callOperation(app, 'runBatchEnvelopes', { ...run, output: output.kind === 'labels' ? 'labels-pdf' : 'envelopes-pdf', size });
  } else {
    const each = output.kind === 'each';
    result = await callOperation(app, 'runBatch', { ...run, output: each ? `${args.format}-each` : args.format, padToEven: args.padToEven });
  }
  if (result.status === 'failed') throw new ExportError(result.message);
  if (result.status !== 'saved') throw new ExportError('Nothing was written.');
  return { letters: result.letters, files: result.files, skippedRows };
}

/** The sheets in the format asked, or their envelopes or labels. */
function foyerOutput(args: ExportArgs): { output: 'pdf' | 'docx' | 'envelopes-pdf' | 'labels-pdf'; size?: EnvelopeSizeId } {
  const envelopes = args.output.kind === 'foyer' ? args.output.envelopes : undefined;
  if (envelopes === 'labels') return { output: 'labels-pdf' };
  if (envelopes) return { output: 'envelopes-pdf', size: envelopes.size };
  return { output: args.format };
}

/** Foyer sheets as the Group letters page's "Foyer sheets" makes them; choices not picked are printed to strike through. */
async function foyerThroughServices(app: AppServices, campaign: Campaign, args: ExportArgs, counts: { lang: string; count: number }[], deps: ExportDeps): Promise<ExportSummary> {
  const missing = counts.filter((c) => !ownLetterText(campaign, c.lang)).map((c) => c.lang);
  if (missing.length > 0) throw new ExportError(`This campaign has no letter in ${missing.map((l) => `"${l}"`).join(', ')}. It offers: ${Object.keys(campaign.languages).join(', ')}.`);
  const settings = batchSettingsFor(campaign, args, deps.today());
  const result = await callOperation(app, 'runFoyer', {
    jobId: 'command-line',
    campaignId: campaign.id,
    counts,
    salutationIndex: settings.salutationIndex,
    choices: args.choices.length > 0 ? settings.choices ?? [] : 'both',
    place: args.place,
    withCopies: args.withCopies,
    layout: settings.layout,
    date: settings.date,
    ...foyerOutput(args),
  });
  if (result.status === 'failed') throw new ExportError(result.message);
  if (result.status !== 'saved') throw new ExportError('Nothing was written.');
  return { letters: result.letters, files: result.files, skippedRows: [] };
}

/** The folder --out names for one file per member: made if only it is missing, and removed again if left empty. */
function prepareFolder(folder: string): () => void {
  if (existsSync(folder)) return () => {};
  if (!existsSync(path.dirname(folder))) throw new ExportError(`The folder for --out does not exist: ${path.dirname(folder)}`);
  mkdirSync(folder);
  return () => {
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
  };
}

/**
 * The whole command-line export, as a client of the app's services: the campaign and the list
 * come in through its dialogs' seams, the letters (or envelopes, or labels) are made by the batch
 * the Group letters page runs. Throws an Error with one plain sentence on any bad input; files
 * are whole or absent.
 */
export async function exportLetters(args: ExportArgs, deps: ExportDeps): Promise<ExportSummary> {
  const out = path.resolve(args.out);
  const tidy = args.output.kind === 'each' ? prepareFolder(out) : () => {};
  if (args.output.kind !== 'each' && !existsSync(path.dirname(out))) throw new ExportError(`The folder for --out does not exist: ${path.dirname(out)}`);
  // Envelopes and labels are PDFs too (parseExportArgs sets the format); a DOCX run starts no Chromium.
  const pdfEngine = args.format === 'pdf' ? deps.pdfEngine() : undefined;
  try {
    const answers = { campaignFile: path.resolve(args.campaign), memberList: path.resolve(args.members), saveTo: out, pdfEngine, resourcesDir: deps.resourcesDir };
    return await withCliServices(answers, (app) => runThroughServices(app, args, deps));
  } finally {
    await pdfEngine?.close();
    tidy();
  }
}
