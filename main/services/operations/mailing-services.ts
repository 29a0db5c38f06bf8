import path from 'node:path';
import type { mailingOperations, MailingRequest } from '../../../shared/api/operations/mailing-ops';
import type { BatchResult } from '../../../shared/api/operations/batch-ops';
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
import { titleOf } from '../library/campaign-summary';
import { LettersSentLog } from '../letters-sent/letters-sent-log';
import { csvHeaders, summaryDate, summaryWords } from '../mailing/mailing-text';
import { PostagePriceStore } from '../mailing/postage-prices';
import type { ServiceContext, ServicesFor } from '../service-context';
import { campaignOrThrow } from './campaign-services';
import { plainFailure } from './letter-services';

type Output = 'print' | 'pdf' | 'docx';

/** Prints the documents, or saves them as one file where the coordinator says: whole or not at all. */
async function outputDocuments(ctx: ServiceContext, docs: () => Promise<LetterDocument[] | null>, output: Output, baseName: string): Promise<BatchResult> {
  const target = output === 'print' ? null : await ctx.deps.dialogs.showSave(safeFileName(baseName, output), output);
  if (output !== 'print' && !target) return { status: 'cancelled', files: 0 };
  const letters = await docs();
  if (!letters) return { status: 'cancelled', files: 0 };
  if (!target) {
    const outcome = await ctx.deps.printer.printLetters(letters);
    if (outcome === 'printed') return { status: 'printed', letters: letters.length };
    return outcome === 'cancelled' ? { status: 'cancelled', files: 0 } : { status: 'failed', message: outcome.failed };
  }
  const bytes = output === 'pdf' ? await ctx.deps.pdfEngine.lettersToPdf(letters) : await writeDocx(letters, { fontDir: ctx.fontDir });
  await writeFileAtomic(target, bytes);
  return { status: 'saved', name: path.basename(target), files: 1, letters: letters.length };
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
        const result = await outputDocuments(ctx, sheets, request.output, `Foyer ${campaign.country ?? campaign.id}`);
        if (result.status === 'printed' || result.status === 'saved') {
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
        return { status: 'failed', message: plainFailure(error) };
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
