import path from 'node:path';
import type { envelopeOperations } from '../../../shared/api/operations/envelope-ops';
import type { PrintResult, SaveResult } from '../../../shared/api/operations/letter-ops';
import { envelopesFor, labelsFor } from '../../../shared/envelope/compose-envelopes';
import type { EnvelopeSizeId } from '../../../shared/envelope/sizes';
import { composeWithCopies } from '../../../shared/letter/compose';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import type { PrintJob } from '../../../shared/letter/print-page';
import { safeFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import type { ServiceContext, ServicesFor } from '../service-context';
import { campaignOrThrow } from './campaign-services';
import { plainFailure } from './letter-services';

interface Request {
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
}

/** A failure key for anything that went wrong before the print dialog could open. */
const PRINT_FAILED = 'print-failed';

/**
 * Envelopes and address labels: composed from the very letters the member prints (the letter and,
 * when chosen, each embassy copy), laid out by the same print page, printed or saved as PDF.
 */
export function envelopeServices(ctx: ServiceContext): ServicesFor<typeof envelopeOperations> {
  const lettersFor = ({ options, profile, withCopies }: Request) =>
    composeWithCopies({ campaign: campaignOrThrow(ctx, options.campaignId), options, profile }, withCopies);

  const envelopeJob = (request: Request & { size: EnvelopeSizeId }): PrintJob => ({
    kind: 'envelopes',
    envelopes: envelopesFor(lettersFor(request), request.size),
  });

  /** "Envelopes Azerbaijan - Zoë Müller.pdf", like the letter's own suggested name. */
  const fileName = (what: string, { options, profile }: Request) => {
    const campaign = campaignOrThrow(ctx, options.campaignId);
    const who = [profile.firstName, profile.lastName].filter((s) => s.trim()).join(' ');
    const topic = campaign.country ?? campaign.id;
    return safeFileName(who ? `${what} ${topic} - ${who}` : `${what} ${topic}`, 'pdf');
  };

  async function savePdf(job: PrintJob, defaultName: string): Promise<SaveResult> {
    const target = await ctx.deps.dialogs.showSave(defaultName, 'pdf');
    if (!target) return { status: 'cancelled' };
    try {
      await writeFileAtomic(target, await ctx.deps.pdfEngine.jobToPdf(job));
      return { status: 'saved', fileName: path.basename(target) };
    } catch (error) {
      return { status: 'failed', message: plainFailure(error) };
    }
  }

  return {
    printEnvelopes: async (request): Promise<PrintResult> => {
      const job = envelopeJob(request);
      try {
        const outcome = await ctx.deps.printer.printJob(job);
        if (outcome === 'printed' || outcome === 'cancelled') return { status: outcome };
        return { status: 'failed', message: outcome.failed };
      } catch {
        return { status: 'failed', message: PRINT_FAILED };
      }
    },
    exportEnvelopesPdf: async (request) => savePdf(envelopeJob(request), fileName('Envelopes', request)),
    exportLabelsPdf: async (request) =>
      savePdf({ kind: 'labels', sheet: labelsFor(lettersFor(request)) }, fileName('Address labels', request)),
  };
}
