import path from 'node:path';
import type { letterOperations, PrintResult, SaveResult } from '../../../shared/api/operations/letter-ops';
import type { LayoutSettings } from '../../../shared/letter/layouts';
import type { PrintJob } from '../../../shared/letter/print-page';
import { safeFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import { mainText } from '../main-text';
import type { ServiceContext } from '../service-context';
import { plainFailure } from './letter-services';

type TestPageServices = Pick<typeof letterOperations, 'printTestPage' | 'exportTestPagePdf'>;

/**
 * The test page: one A4 sheet with a frame where the address will sit and the fold marks, laid
 * out by the same print page as the letters, so the member can hold it against their envelope.
 */
export function testPageServices(ctx: ServiceContext) {
  const job = (layout: LayoutSettings): PrintJob => {
    const lang = ctx.uiLanguage();
    return {
      kind: 'test-page',
      layout,
      texts: {
        title: mainText(lang, 'testPageTitle'),
        instruction: mainText(lang, 'testPageInstruction'),
        frame: mainText(lang, 'testPageFrame'),
      },
    };
  };

  return {
    printTestPage: async ({ layout }: { layout: LayoutSettings }): Promise<PrintResult> => {
      try {
        const outcome = await ctx.deps.printer.printJob(job(layout));
        if (outcome === 'printed' || outcome === 'cancelled') return { status: outcome };
        return { status: 'failed', message: outcome.failed };
      } catch {
        return { status: 'failed', message: 'print-failed' };
      }
    },
    exportTestPagePdf: async ({ layout }: { layout: LayoutSettings }): Promise<SaveResult> => {
      const target = await ctx.deps.dialogs.showSave(safeFileName(mainText(ctx.uiLanguage(), 'testPageFileName'), 'pdf'), 'pdf');
      if (!target) return { status: 'cancelled' };
      try {
        await writeFileAtomic(target, await ctx.deps.pdfEngine.jobToPdf(job(layout)));
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      }
    },
  } satisfies Record<keyof TestPageServices, unknown>;
}
