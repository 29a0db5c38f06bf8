import path from 'node:path';
import type { BatchEnvelopeOutput, BatchResult } from '../../../shared/api/operations/batch-ops';
import type { Campaign } from '../../../shared/campaign/schema';
import { envelopesFor, labelsFor } from '../../../shared/envelope/compose-envelopes';
import type { EnvelopeSizeId } from '../../../shared/envelope/sizes';
import type { LetterDocument } from '../../../shared/letter/model';
import type { PrintJob } from '../../../shared/letter/print-page';
import type { BatchSettings } from '../../../shared/members/batch-letters';
import type { Member } from '../../../shared/members/member';
import { safeFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import type { ServiceContext } from '../service-context';
import type { Job } from './jobs';
import { composeAll } from './run-batch';

export interface BatchEnvelopeInput {
  campaign: Campaign;
  groupName: string;
  members: Member[];
  settings: BatchSettings;
  output: BatchEnvelopeOutput;
  size: EnvelopeSizeId;
}

const CANCELLED: BatchResult = { status: 'cancelled', files: 0 };

/** Envelopes and labels come from the very letters the batch composes, so no address can differ. */
export function envelopeJobFor(letters: LetterDocument[], output: BatchEnvelopeOutput, size: EnvelopeSizeId): { job: PrintJob; count: number } {
  if (output === 'labels-pdf') {
    const sheet = labelsFor(letters);
    return { job: { kind: 'labels', sheet }, count: sheet.labels.length };
  }
  const envelopes = envelopesFor(letters, size);
  return { job: { kind: 'envelopes', envelopes }, count: envelopes.length };
}

/** "Envelopes Azerbaijan - Pfarrei St. Anna.pdf", like the batch's letters file. */
function defaultName(input: BatchEnvelopeInput): string {
  const what = input.output === 'labels-pdf' ? 'Address labels' : 'Envelopes';
  return safeFileName(`${what} ${input.campaign.country ?? input.campaign.id} - ${input.groupName || 'group'}`, 'pdf');
}

/**
 * Every envelope or label of a batch in one print job or one PDF: composing is one step per
 * member, laying out the last. A Stop at any point leaves no file behind.
 */
export async function runEnvelopes(ctx: ServiceContext, input: BatchEnvelopeInput, job: Job): Promise<BatchResult> {
  const toPrinter = input.output === 'envelopes-print';
  const target = toPrinter ? null : await ctx.deps.dialogs.showSave(defaultName(input), 'pdf');
  if (!toPrinter && !target) return CANCELLED;
  const total = input.members.length + 1;
  const letters = await composeAll(input, job, total);
  if (!letters) return CANCELLED;
  const { job: printJob, count } = envelopeJobFor(letters, input.output, input.size);
  if (!target) {
    const outcome = await ctx.deps.printer.printJob(printJob, { signal: job.signal });
    job.progress(total, total);
    if (outcome === 'printed') return { status: 'printed', letters: count };
    if (outcome === 'cancelled') return CANCELLED;
    return { status: 'failed', message: outcome.failed };
  }
  // A Stop while Chromium laid them out closes its page: nothing is written.
  const bytes = await ctx.deps.pdfEngine.jobToPdf(printJob, { signal: job.signal }).catch((error: unknown) => {
    if (job.cancelled) return null;
    throw error;
  });
  if (job.cancelled || !bytes) return CANCELLED;
  await writeFileAtomic(target, bytes);
  job.progress(total, total);
  return { status: 'saved', name: path.basename(target), files: 1, letters: count };
}
