import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { problem, type Problem } from '../../../shared/campaign/problem';
import { revisionOf } from '../../../shared/campaign/revision';
import type { Campaign } from '../../../shared/campaign/schema';
import { readCampaignFile } from '../../../shared/campaign/validate';

/**
 * The campaigns that come with the app: every *.appeal file in `dir`, checked like an import.
 * A broken file is reported, not fatal; of two with the same id the higher revision counts.
 */
export function readBundledCampaigns(dir: string): { campaigns: Map<string, Campaign>; problems: Problem[] } {
  const campaigns = new Map<string, Campaign>();
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.appeal$/i.test(name)).sort();
  } catch {
    // No resources folder (e.g. a test without bundled campaigns): nothing comes with the app.
    return { campaigns, problems };
  }
  for (const fileName of names) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(dir, fileName));
    } catch {
      problems.push(problem('bundledFileInvalid', { fileName }, problem('fileNotText')));
      continue;
    }
    const result = readCampaignFile(bytes, fileName);
    if (!result.ok) {
      problems.push(problem('bundledFileInvalid', { fileName }, result.problem));
      continue;
    }
    for (const campaign of result.campaigns) {
      const known = campaigns.get(campaign.id);
      if (!known || revisionOf(campaign) > revisionOf(known)) campaigns.set(campaign.id, campaign);
    }
  }
  return { campaigns, problems };
}
