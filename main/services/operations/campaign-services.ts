import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { campaignOperations, LibraryChange } from '../../../shared/api/operations/campaign-ops';
import type { SaveResult } from '../../../shared/api/operations/letter-ops';
import type { Campaign } from '../../../shared/campaign/schema';
import { localIsoDate } from '../../../shared/letter/today';
import { safeFileName } from '../../export/file-names';
import { writeFileAtomic } from '../../files/write-atomic';
import { LibraryError } from '../campaign-library';
import { mainText, saveFailureKey, type MainTextKey } from '../main-text';
import { describeProblemIn } from '../problem-text';
import type { ServiceContext, ServicesFor } from '../service-context';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What the save dialog proposes: the campaign's id for one, today's date for a bundle. */
function exportFileName(ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  return unique.length === 1 && unique[0] ? safeFileName(unique[0], 'appeal') : `campaigns-${localIsoDate()}.appeal`;
}

export function campaignOrThrow(ctx: ServiceContext, id: string): Campaign {
  const campaign = ctx.library.get(id);
  if (!campaign) throw new Error('This campaign is no longer in the library.');
  return campaign;
}

export function campaignServices(ctx: ServiceContext): ServicesFor<typeof campaignOperations> {
  const { library } = ctx;
  const describe = () => describeProblemIn(ctx.uiLanguage());

  /** Runs a library change; a refusal comes back as a sentence, anything else stays an error. */
  const change = async (work: () => void): Promise<LibraryChange> => {
    try {
      work();
      return { ok: true };
    } catch (error) {
      if (error instanceof LibraryError) return { ok: false, message: describe()(error.problem) };
      throw error;
    }
  };

  return {
    listCampaigns: async () => library.list(),
    getCampaign: async ({ id }) => campaignOrThrow(ctx, id),
    chooseImportFile: async () => {
      const file = await ctx.deps.dialogs.showOpenCampaign();
      if (!file) return null;
      const fileName = path.basename(file);
      // Checked before reading: a huge file picked by mistake must not fill the memory. The library
      // sees a stand-in one byte over the limit and reports the size in its own words.
      if ((await stat(file)).size > MAX_IMPORT_BYTES) return library.previewImport(new Uint8Array(MAX_IMPORT_BYTES + 1), fileName);
      return library.previewImport(await readFile(file), fileName);
    },
    previewImport: async ({ fileName, contents }) => library.previewImport(new TextEncoder().encode(contents), fileName),
    confirmImport: async ({ token, trusted }) => library.confirmImport(token, trusted),
    archiveCampaign: async ({ id, archived }) => change(() => library.archive(id, archived)),
    removeCampaign: async ({ id }) => change(() => library.remove(id)),
    undoRemoveCampaign: async ({ id }) => change(() => library.undoRemove(id)),
    exportCampaigns: async ({ ids }): Promise<SaveResult> => {
      let bytes: Uint8Array;
      try {
        // Encoded before the dialog: a campaign that is gone is said at once, not after choosing a folder.
        bytes = library.exportCampaigns(ids);
      } catch (error) {
        if (error instanceof LibraryError) return { status: 'failed', message: describe()(error.problem) };
        throw error;
      }
      const target = await ctx.deps.dialogs.showSave(exportFileName(ids), 'appeal');
      if (!target) return { status: 'cancelled' };
      try {
        await writeFileAtomic(target, bytes);
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        return { status: 'failed', message: mainText(ctx.uiLanguage(), saveFailureKey(error)) };
      }
    },
    libraryProblems: async () => {
      const language = ctx.uiLanguage();
      const fromStores = ctx.storeProblems.map(({ store, keptAs }) => {
        const key: MainTextKey = store === 'profile' ? 'profileKept' : store === 'settings' ? 'settingsKept' : 'storeKept';
        // The bare file name: the folder holds the member's user name.
        return mainText(language, key, { fileName: path.basename(keptAs) });
      });
      return [...library.startupProblems().map(describe()), ...fromStores];
    },
  };
}
