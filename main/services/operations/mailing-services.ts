import path from 'node:path';
import type { mailingOperations, MailingRequest } from '../../../shared/api/operations/mailing-ops';
import type { BatchEnvelopeOutput, BatchResult } from '../../../shared/api/operations/batch-ops';
import type { EnvelopeSizeId } from '../../../shared/envelope/sizes';
import type { Campaign } from '../../../shared/campaign/schema';
import { letterTextFor } from '../../../shared/letter/compose';
import { composeFoyerLetters, type FoyerOptions } from '../../../shared/letter/foyer';
import type { LetterDocument } from '../../../shared/letter/model';
import { countYear } from '../../../shared/mailing/letters-sent';
import { mailedLetters, mailingSummary } from '../../../shared/mailing/mailing-summary';
import { summaryDocument } from '../../../shared/mailing/summary-document';
import { writeDocx } from '../../export/docx-writer';
import { safeFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import { breathe, type Job } from '../batch/jobs';
import { envelopeJobFor } from '../batch/run-batch-envelopes';
import { titleOf } from '../library/campaign-summary';
import { LettersSentLog } from '../letters-sent/letters-sent-log';
import { csvHeaders, summaryDate, summaryWords } from '../mailing/mailing-text';
import { PostagePriceStore } from '../mailing/postage-prices';
import type { ServiceContext, ServicesFor } from '../service-context';
import { campaignOrThrow } from './campaign-services';
import { plainFailure } from './letter-services';

type Output = 'print' | 'pdf' | 'docx' | BatchEnvelopeOutput;
const CANCELLED: BatchResult = { status: 'cancelled', files: 0 };

function isEnvelopeOutput(output: Output): output is BatchEnvelopeOutput {
  return output === 'envelopes-print' || output === 'envelopes-pdf' || output === 'labels-pdf';
}

/** "Envelopes Foyer Azerbaijan.pdf" beside "Foyer Azerbaijan.pdf". */
function fileNameFor(output: Output, baseName: string): string {
  if (output === 'labels-pdf') return safeFileName(`Address labels ${baseName}`, 'pdf');
  if (isEnvelopeOutput(output)) return safeFileName(`Envelopes ${baseName}`, 'pdf');
  return safeFileName(baseName, output === 'docx' ? 'docx' : 'pdf');
}

/**
 * Prints the documents — or their envelopes or address labels — or saves them as one file where
 * the coordinator says: whole or not at all. `signal` (Stop) closes Chromium's page at once.
 */
async function outputDocuments(
  ctx: ServiceContext,
  docs: () => Promise<LetterDocument[] | null>,
  output: Output,
  baseName: string,
  options: { signal?: AbortSignal; size?: EnvelopeSizeId } = {},
): Promise<BatchResult> {
  const toPrinter = output === 'print' || output === 'envelopes-print';
  const target = toPrinter ? null : await ctx.deps.dialogs.showSave(fileNameFor(output, baseName), output === 'docx' ? 'docx' : 'pdf');
  if (!toPrinter && !target) return CANCELLED;
  const letters = await docs();
  if (!letters) return CANCELLED;
  const control = { signal: options.signal };
  const envelopes = isEnvelopeOutput(output) ? envelopeJobFor(letters, output, options.size ?? 'c6-5') : null;
  const count = envelopes ? envelopes.count : letters.length;
  if (!target) {
    const outcome = envelopes ? await ctx.deps.printer.printJob(envelopes.job, control) : await ctx.deps.printer.printLetters(letters, {}, control);
    if (outcome === 'printed') return { status: 'printed', letters: count };
    return outcome === 'cancelled' ? CANCELLED : { status: 'failed', message: outcome.failed };
  }
  const bytes = envelopes
    ? await ctx.deps.pdfEngine.jobToPdf(envelopes.job, control)
    : output === 'pdf'
      ? await ctx.deps.pdfEngine.lettersToPdf(letters, {}, control)
      : await writeDocx(letters, { fontDir: ctx.fontDir });
  if (options.signal?.aborted) return CANCELLED;
  await writeFileAtomic(target, bytes);
  return { status: 'saved', name: path.basename(target), files: 1, letters: count };
}

/** Every language's sheets: each composed once and repeated, in steps so a Stop gets in between. */
async function foyerSheets(campaign: Campaign, options: Omit<FoyerOptions, 'lang'>, counts: { lang: string; count: number }[], job: Job) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const letters: LetterDocument[] = [];
  let done = 0;
  for (const { lang, count } of counts) {
    const docs = composeFoyerLetters(campaign, { ...options, lang });
    for (let i = 0; i < count; i++) {
      if (done % 25 === 0) {
        await breathe();
        if (job.cancelled) return null;
      }
      letters.push(...docs);
      job.progress(++done, total + 1);
    }
  }
  return letters;
}

export function mailingServices(ctx: ServiceContext): ServicesFor<typeof mailingOperations> {
  const sent = new LettersSentLog(ctx.deps.userDataDir);
  const prices = new PostagePriceStore(ctx.deps.userDataDir);

  const summaryOf = (request: MailingRequest) => {
    const campaign = campaignOrThrow(ctx, request.campaignId);
    const languages = request.letters.flatMap(({ lang, count }) => Array.from({ length: count }, () => lang));
    const summary = mailingSummary(campaign, mailedLetters(campaign, languages, request.withCopies), prices.get());
    const postalNote = letterTextFor(campaign, ctx.uiLanguage()).text.postalNote?.trim();
    return { campaign, summary: { ...summary, ...(postalNote ? { postalNote } : {}) } };
  };

  return {
    runFoyer: async (request) => {
      const campaign = campaignOrThrow(ctx, request.campaignId);
      // Only the campaign's languages: a sheet in a language it has no text for would be another language's.
      const counts = request.counts.filter((c) => c.count > 0 && campaign.languages[c.lang]);
      if (counts.length === 0) return { status: 'failed', message: 'no-sheets' };
      const job = ctx.jobs.start(request.jobId);
      try {
        const sheets = () => foyerSheets(campaign, request, counts, job);
        const result = await outputDocuments(ctx, sheets, request.output, `Foyer ${campaign.country ?? campaign.id}`, { signal: job.signal, size: request.size });
        // Sheets count as letters written; their envelopes and labels do not count again.
        if ((result.status === 'printed' || result.status === 'saved') && !isEnvelopeOutput(request.output)) {
          const copies = request.withCopies ? (campaign.copies ?? []).length : 0;
          sent.add({
            when: new Date().toISOString(),
            campaignId: campaign.id,
            campaignTitle: titleOf(campaign, ctx.uiLanguage()),
            kind: 'foyer',
            letters: Object.fromEntries(counts.map((c) => [c.lang, c.count])),
            copies: copies * counts.reduce((sum, c) => sum + c.count, 0),
          });
        }
        return result;
      } catch (error) {
        // A Stop while Chromium worked closes its page, which rejects: that is the Stop, not a failure.
        return job.cancelled ? CANCELLED : { status: 'failed', message: plainFailure(error) };
      } finally {
        job.finish();
      }
    },
    mailingSummary: async (request) => summaryOf(request).summary,
    outputMailingSummary: async (request) => {
      const { campaign, summary } = summaryOf(request);
      const lang = ctx.uiLanguage();
      const doc = summaryDocument(summary, {
        campaignTitle: titleOf(campaign, lang),
        lang,
        words: summaryWords(lang),
        formatDate: (iso) => summaryDate(lang, iso),
      });
      try {
        return await outputDocuments(ctx, async () => [doc], request.output, `${summaryWords(lang)('title', { campaign: campaign.country ?? campaign.id })}`);
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      }
    },
    getPostagePrices: async () => prices.get(),
    savePostagePrices: async (input) => prices.save(input),
    lettersSentInYear: async ({ year }) => countYear(sent.records(), year),
    exportLettersSentCsv: async ({ year }) => {
      const lang = ctx.uiLanguage();
      const target = await ctx.deps.dialogs.showSaveMemberList(safeFileName(`${csvHeaders(lang).letters} ${year}`, 'csv'));
      if (!target) return { status: 'cancelled' };
      try {
        await writeFileAtomic(target, `\uFEFF${sent.yearCsv(year, csvHeaders(lang))}\r\n`);
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      }
    },
  };
}

/** Records a batch's letters (never its members) once they are printed or saved. */
export function recordBatchSent(
  ctx: ServiceContext,
  batch: { campaign: Campaign; groupName: string; languages: string[]; copiesPerLetter: number },
): void {
  const letters: Record<string, number> = {};
  for (const lang of batch.languages) letters[lang] = (letters[lang] ?? 0) + 1;
  new LettersSentLog(ctx.deps.userDataDir).add({
    when: new Date().toISOString(),
    campaignId: batch.campaign.id,
    campaignTitle: titleOf(batch.campaign, ctx.uiLanguage()),
    kind: 'group',
    groupName: batch.groupName,
    letters,
    copies: batch.copiesPerLetter * batch.languages.length,
  });
}

/** Records the member's own letter (and its copies) once printed or saved. */
export function recordOwnSent(ctx: ServiceContext, campaign: Campaign, lang: string, letters: LetterDocument[]): void {
  new LettersSentLog(ctx.deps.userDataDir).add({
    when: new Date().toISOString(),
    campaignId: campaign.id,
    campaignTitle: titleOf(campaign, ctx.uiLanguage()),
    kind: 'own',
    letters: { [lang]: 1 },
    copies: letters.length - 1,
  });
}
