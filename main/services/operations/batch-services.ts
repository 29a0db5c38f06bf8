import path from 'node:path';
import type { batchOperations, BatchResult, MemberListFile } from '../../../shared/api/operations/batch-ops';
import { titleOf } from '../library/campaign-summary';
import { writeFileAtomic } from '../../files/write-atomic';
import { safeFileName } from '../../export/file-names';
import { MemberListError, readMemberRowsChecked } from '../../members/read-member-list';
import { groupToCsv } from '../batch/group-csv';
import { GroupStore } from '../batch/group-store';
import { PrintLog } from '../batch/print-log';
import { PartlyDoneError, runEach, runSingle, type BatchJobInput } from '../batch/run-batch';
import type { Member } from '../../../shared/members/member';
import { runEnvelopes } from '../batch/run-batch-envelopes';
import type { ServiceContext, ServicesFor } from '../service-context';
import { forgetGroup } from '../privacy/forget-group';
import { campaignOrThrow } from './campaign-services';
import { plainFailure } from './letter-services';
import { recordBatchSent } from './mailing-services';
import { memberLetterLanguage } from '../../../shared/members/batch-letters';

async function readListFile(file: string): Promise<MemberListFile> {
  const fileName = path.basename(file);
  try {
    return { ok: true, fileName, ...(await readMemberRowsChecked(file)) };
  } catch (error) {
    return { ok: false, fileName, reason: error instanceof MemberListError ? error.reason : 'unreadable' };
  }
}

export function batchServices(ctx: ServiceContext): ServicesFor<typeof batchOperations> {
  const groups = new GroupStore(path.join(ctx.deps.userDataDir, 'groups'));
  const log = new PrintLog(ctx.deps.userDataDir);
  const { jobs } = ctx;

  const groupOrThrow = (id: string) => {
    const group = groups.get(id);
    if (!group) throw new Error('This group no longer exists.');
    return group;
  };

  return {
    chooseMemberList: async () => {
      const file = await ctx.deps.dialogs.showOpenMemberList();
      return file ? readListFile(file) : null;
    },
    listGroups: async () => groups.list(),
    getGroup: async ({ id }) => groupOrThrow(id),
    saveGroup: async (input) => groups.save(input),
    deleteGroup: async ({ id }) => forgetGroup({ groups, groupsDir: path.join(ctx.deps.userDataDir, 'groups'), log }, id),
    exportGroupCsv: async ({ id }) => {
      const group = groupOrThrow(id);
      const target = await ctx.deps.dialogs.showSaveMemberList(safeFileName(group.name, 'csv'));
      if (!target) return { status: 'cancelled' };
      try {
        await writeFileAtomic(target, groupToCsv(group.members, ctx.uiLanguage()));
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      }
    },
    runBatch: async (request): Promise<BatchResult> => {
      const campaign = campaignOrThrow(ctx, request.settings.campaignId);
      const input: BatchJobInput = { campaign, ...request };
      const job = jobs.start(request.jobId);
      const logDone = (done: Member[]) => {
        if (done.length === 0) return;
        // The count of letters sent: languages and copies only, never who.
        recordBatchSent(ctx, {
          campaign,
          groupName: request.groupName,
          languages: done.map((member) => memberLetterLanguage(campaign, member, request.settings)),
          copiesPerLetter: request.settings.withCopies ? (campaign.copies ?? []).length : 0,
        });
        log.add({
          id: request.jobId,
          when: new Date().toISOString(),
          campaignId: campaign.id,
          campaignTitle: titleOf(campaign, request.settings.lang),
          groupName: request.groupName,
          output: request.output,
          settings: request.settings,
          padToEven: request.padToEven,
          members: done,
        });
      };
      try {
        const run = request.output.endsWith('-each') ? runEach : runSingle;
        const { result, done } = await run(ctx, input, job);
        logDone(done);
        return result;
      } catch (error) {
        if (!(error instanceof PartlyDoneError)) return { status: 'failed', message: plainFailure(error) };
        try {
          logDone(error.done);
        } catch {
          // The disk that stopped the batch may refuse the log too: the failure is what to report.
        }
        return { status: 'failed', message: plainFailure(error.cause), files: error.done.length };
      } finally {
        job.finish();
      }
    },
    runBatchEnvelopes: async (request): Promise<BatchResult> => {
      const campaign = campaignOrThrow(ctx, request.settings.campaignId);
      const job = jobs.start(request.jobId);
      try {
        return await runEnvelopes(ctx, { campaign, ...request }, job);
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      } finally {
        job.finish();
      }
    },
    cancelJob: async ({ jobId }) => jobs.cancel(jobId),
    listPrintLog: async () => log.entries(),
  };
}
