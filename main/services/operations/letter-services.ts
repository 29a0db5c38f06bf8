import path from 'node:path';
import type { letterOperations, SaveResult } from '../../../shared/api/operations/letter-ops';
import { composeWithCopies } from '../../../shared/letter/compose';
import type { LetterDocument } from '../../../shared/letter/model';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { writeDocx } from '../../export/docx-writer';
import { suggestedFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import type { ServiceContext, ServicesFor } from '../service-context';
import { campaignOrThrow } from './campaign-services';
import { recordOwnSent } from './mailing-services';
import { testPageServices } from './test-page-services';

/** A failed write as a key the renderer words in the member's language. */
export function plainFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'write-permission';
  if (code === 'ENOSPC') return 'disk-full';
  return 'write-failed';
}

export function letterServices(ctx: ServiceContext): ServicesFor<typeof letterOperations> {
  function compose(options: LetterOptions, profile: SenderProfile, withCopies: boolean): LetterDocument[] {
    return composeWithCopies({ campaign: campaignOrThrow(ctx, options.campaignId), options, profile }, withCopies);
  }

  return {
    exportLetter: async ({ options, profile, withCopies, format }): Promise<SaveResult> => {
      const letters = compose(options, profile, withCopies);
      const campaign = campaignOrThrow(ctx, options.campaignId);
      const target = await ctx.deps.dialogs.showSave(suggestedFileName(campaign, profile, format), format);
      if (!target) return { status: 'cancelled' };
      try {
        const bytes =
          format === 'pdf' ? await ctx.deps.pdfEngine.lettersToPdf(letters) : await writeDocx(letters, { fontDir: ctx.fontDir });
        await writeFileAtomic(target, bytes);
        recordOwnSent(ctx, campaign, options.lang, letters);
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      }
    },
    printLetter: async ({ options, profile, withCopies }) => {
      const letters = compose(options, profile, withCopies);
      try {
        const outcome = await ctx.deps.printer.printLetters(letters);
        if (outcome === 'printed') recordOwnSent(ctx, campaignOrThrow(ctx, options.campaignId), options.lang, letters);
        if (outcome === 'printed' || outcome === 'cancelled') return { status: outcome };
        return { status: 'failed', message: outcome.failed };
      } catch {
        // A print page that could not load is still the printer's failure, said in plain words.
        return { status: 'failed', message: 'print-failed' };
      }
    },
    ...testPageServices(ctx),
  };
}
