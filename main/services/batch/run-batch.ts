import path from 'node:path';
import type { BatchResult, PrintLogEntry } from '../../../shared/api/operations/batch-ops';
import type { Campaign } from '../../../shared/campaign/schema';
import type { LetterDocument } from '../../../shared/letter/model';
import { composeMemberLetters, type BatchSettings } from '../../../shared/members/batch-letters';
import { memberDisplayName, type Member } from '../../../shared/members/member';
import { writeDocx } from '../../export/docx-writer';
import { safeFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import type { ServiceContext } from '../service-context';
import { breathe, type Job } from './jobs';

export interface BatchJobInput {
  campaign: Campaign;
  groupName: string;
  members: Member[];
  settings: BatchSettings;
  output: PrintLogEntry['output'];
  padToEven: boolean;
}

type Format = 'pdf' | 'docx';

/** What ends a batch, and the members whose letters went out (for the print log). */
export type BatchOutcome = { result: BatchResult; done: Member[] };

/** A batch that failed part-way: the members whose files were already written still count. */
export class PartlyDoneError extends Error {
  constructor(
    readonly done: Member[],
    cause: unknown,
  ) {
    super('The batch stopped part-way.', { cause });
  }
}

/** The file's bytes, or null when Stop ended the job (Chromium's page closed mid-way). */
async function render(ctx: ServiceContext, letters: LetterDocument[], format: Format, padToEven: boolean, job: Job): Promise<Uint8Array | null> {
  try {
    if (format === 'pdf') return await ctx.deps.pdfEngine.lettersToPdf(letters, { padToEven }, { signal: job.signal });
    return await writeDocx(letters, { fontDir: ctx.fontDir, padToEven });
  } catch (error) {
    if (job.cancelled) return null;
    throw error;
  }
}

/** Every member's letters, composing in steps so a Cancel can get in between. */
export async function composeAll(input: Pick<BatchJobInput, 'campaign' | 'members' | 'settings'>, job: Job, total: number): Promise<LetterDocument[] | null> {
  const letters: LetterDocument[] = [];
  for (const [index, member] of input.members.entries()) {
    if (index % 25 === 0) {
      await breathe();
      if (job.cancelled) return null;
    }
    letters.push(...composeMemberLetters(input.campaign, member, input.settings));
    job.progress(index + 1, total);
  }
  return letters;
}

export function batchBaseName(campaign: Campaign, who: string): string {
  return `Letter ${campaign.country ?? campaign.id} - ${who}`;
}

/** One print job, or one file with every letter on a new page: written whole or not at all. */
export async function runSingle(ctx: ServiceContext, input: BatchJobInput, job: Job): Promise<BatchOutcome> {
  const format: Format | null = input.output === 'pdf' || input.output === 'docx' ? input.output : null;
  const target = format ? await ctx.deps.dialogs.showSave(safeFileName(batchBaseName(input.campaign, input.groupName || 'group'), format), format) : null;
  if (format && !target) return { result: { status: 'cancelled', files: 0 }, done: [] };
  // Composing is one step per member, laying out and writing the file the last one.
  const total = input.members.length + 1;
  const letters = await composeAll(input, job, total);
  if (!letters) return { result: { status: 'cancelled', files: 0 }, done: [] };
  if (!format || !target) {
    const outcome = await ctx.deps.printer.printLetters(letters, { padToEven: input.padToEven }, { signal: job.signal });
    job.progress(total, total);
    if (outcome === 'printed') return { result: { status: 'printed', letters: letters.length }, done: input.members };
    if (outcome === 'cancelled') return { result: { status: 'cancelled', files: 0 }, done: [] };
    return { result: { status: 'failed', message: outcome.failed }, done: [] };
  }
  const bytes = await render(ctx, letters, format, input.padToEven, job);
  // A Cancel while Chromium or the DOCX writer worked: the result is dropped, nothing is written.
  if (job.cancelled || !bytes) return { result: { status: 'cancelled', files: 0 }, done: [] };
  await writeFileAtomic(target, bytes);
  job.progress(total, total);
  return { result: { status: 'saved', name: path.basename(target), files: 1, letters: letters.length }, done: input.members };
}

/** One file per member in a folder the coordinator picks; each file is whole or absent. */
export async function runEach(ctx: ServiceContext, input: BatchJobInput, job: Job): Promise<BatchOutcome> {
  const format: Format = input.output === 'docx-each' ? 'docx' : 'pdf';
  const folder = await ctx.deps.dialogs.showChooseFolder();
  if (!folder) return { result: { status: 'cancelled', files: 0 }, done: [] };
  const used = new Set<string>();
  const done: Member[] = [];
  let letters = 0;
  for (const member of input.members) {
    await breathe();
    if (job.cancelled) return { result: { status: 'cancelled', files: done.length }, done };
    const name = uniqueName(safeFileName(batchBaseName(input.campaign, memberDisplayName(member) || 'member'), format), used);
    try {
      const docs = composeMemberLetters(input.campaign, member, input.settings);
      const bytes = await render(ctx, docs, format, input.padToEven, job);
      if (job.cancelled || !bytes) return { result: { status: 'cancelled', files: done.length }, done };
      await writeFileAtomic(path.join(folder, name), bytes);
      letters += docs.length;
    } catch (error) {
      // The disk filled up at member 40: the 39 files written are real letters for the print log.
      throw done.length > 0 ? new PartlyDoneError(done, error) : error;
    }
    done.push(member);
    job.progress(done.length, input.members.length);
  }
  return { result: { status: 'saved', name: path.basename(folder), files: done.length, letters }, done };
}

/** Two members of the same name get "… (2).pdf" rather than one file overwriting the other. */
function uniqueName(name: string, used: Set<string>): string {
  const dot = name.lastIndexOf('.');
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
