import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Campaign } from '../../shared/campaign/schema';
import { readCampaignFile } from '../../shared/campaign/validate';
import { formatProblemEnglish } from '../../shared/campaign/format-problem';

export class CampaignArgError extends Error {}

async function campaignsInFile(filePath: string): Promise<Campaign[]> {
  const result = readCampaignFile(await readFile(filePath), path.basename(filePath));
  if (!result.ok) throw new CampaignArgError(formatProblemEnglish(result.problem));
  return result.campaigns;
}

/** `--campaign` is a campaign file, or the id of a campaign bundled with the app. */
export async function loadCampaignArg(arg: string, id: string | undefined, bundledDir: string): Promise<Campaign> {
  if (existsSync(arg)) {
    const campaigns = await campaignsInFile(arg);
    if (id) {
      const found = campaigns.find((c) => c.id === id);
      if (!found) throw new CampaignArgError(`The file has no campaign "${id}". It holds: ${campaigns.map((c) => c.id).join(', ')}.`);
      return found;
    }
    if (campaigns.length > 1) {
      throw new CampaignArgError(`The file holds ${campaigns.length} campaigns; choose one with --id (${campaigns.map((c) => c.id).join(', ')}).`);
    }
    return campaigns[0] as Campaign;
  }
  const wanted = id ?? arg;
  const files = (await readdir(bundledDir)).filter((f) => f.endsWith('.appeal')).sort();
  for (const file of files) {
    const found = (await campaignsInFile(path.join(bundledDir, file))).find((c) => c.id === wanted);
    if (found) return found;
  }
  throw new CampaignArgError(`"${arg}" is neither a campaign file nor a campaign that comes with the app.`);
}
