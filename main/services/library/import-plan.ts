import { problem, type Problem } from '../../../shared/campaign/problem';
import { revisionOf } from '../../../shared/campaign/revision';
import type { Campaign } from '../../../shared/campaign/schema';

/** The version of a campaign the member sees now, and whether its id is one that came with the app. */
export interface CurrentVersion {
  campaign: Campaign;
  cameWithApp: boolean;
}

export interface PlannedUpdate {
  campaign: Campaign;
  from: number;
  /** What the update replaces: the preview compares the two. */
  current: CurrentVersion;
}

export interface ImportPlan {
  added: Campaign[];
  updated: PlannedUpdate[];
  skipped: { campaign: Campaign; reason: Problem }[];
}

/**
 * What importing these campaigns would change: an unknown id is added, a higher revision of a
 * known one updates it, an equal or lower revision is skipped with the reason.
 * `currentVersion` gives the version the member sees now (bundled or their own).
 */
export function planImport(
  incoming: readonly Campaign[],
  currentVersion: (id: string) => CurrentVersion | undefined,
): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], skipped: [] };
  for (const campaign of incoming) {
    const current = currentVersion(campaign.id);
    if (current === undefined) {
      plan.added.push(campaign);
      continue;
    }
    const have = revisionOf(current.campaign);
    const offered = revisionOf(campaign);
    if (offered > have) plan.updated.push({ campaign, from: have, current });
    else if (offered === have) plan.skipped.push({ campaign, reason: problem('skippedSameRevision', { revision: have }) });
    else plan.skipped.push({ campaign, reason: problem('skippedOlderRevision', { have, incoming: offered }) });
  }
  return plan;
}
