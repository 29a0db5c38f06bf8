import type { AppServices } from '../../shared/api/contract';
import type { Campaign } from '../../shared/campaign/schema';
import { callOperation } from './cli-services';

export class CampaignArgError extends Error {}

/**
 * Imports the campaign file the import dialog was answered with, as the member's "Import…" does
 * (preview, then confirm), and returns the ids it holds. Naming the file on the command line is
 * the deliberate "I trust this file" that the window asks for.
 */
export async function importCampaignFile(app: AppServices): Promise<string[]> {
  const preview = await callOperation(app, 'chooseImportFile', undefined);
  if (!preview) throw new CampaignArgError('The campaign file could not be opened.');
  if (!preview.ok) throw new CampaignArgError(`${preview.fileName}: ${preview.message}`);
  await callOperation(app, 'confirmImport', { token: preview.token, trusted: true });
  return [...preview.added, ...preview.updated, ...preview.skipped].map((campaign) => campaign.id);
}

/**
 * `--campaign` (with `--id`) through the library: a campaign file is imported first (its ids
 * come back from importCampaignFile), otherwise it names a campaign that comes with the app.
 */
export async function campaignFromArg(app: AppServices, arg: string, id: string | undefined, fileIds: string[] | null): Promise<Campaign> {
  if (fileIds) {
    if (id && !fileIds.includes(id)) throw new CampaignArgError(`The file has no campaign "${id}". It holds: ${fileIds.join(', ')}.`);
    if (!id && fileIds.length > 1) {
      throw new CampaignArgError(`The file holds ${fileIds.length} campaigns; choose one with --id (${fileIds.join(', ')}).`);
    }
    return callOperation(app, 'getCampaign', { id: id ?? (fileIds[0] as string) });
  }
  const wanted = id ?? arg;
  const bundled = (await callOperation(app, 'listCampaigns', undefined)).find((summary) => summary.id === wanted && summary.bundled);
  if (!bundled) throw new CampaignArgError(`"${arg}" is neither a campaign file nor a campaign that comes with the app.`);
  return callOperation(app, 'getCampaign', { id: wanted });
}
