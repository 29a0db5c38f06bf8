import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { campaignOperations } from '../../../shared/api/operations/campaign-ops';
import type { Campaign } from '../../../shared/campaign/schema';
import type { ServiceContext, ServicesFor } from '../service-context';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function campaignOrThrow(ctx: ServiceContext, id: string): Campaign {
  const campaign = ctx.library.get(id);
  if (!campaign) throw new Error('This campaign is no longer in the library.');
  return campaign;
}

export function campaignServices(ctx: ServiceContext): ServicesFor<typeof campaignOperations> {
  const { library } = ctx;
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
    confirmImport: async ({ token }) => library.confirmImport(token),
  };
}
