import { problem, type Problem } from '../../../shared/campaign/problem';
import { revisionOf } from '../../../shared/campaign/revision';
import type { Campaign } from '../../../shared/campaign/schema';

export interface ImportPlan {
  added: Campaign[];
  updated: { campaign: Campaign; from: number }[];
  skipped: { campaign: Campaign; reason: Problem }[];
}

/**
 * What importing these campaigns would change: an unknown id is added, a higher revision of a
 * known one updates it, an equal or lower revision is skipped with the reason.
 * `currentRevision` gives the revision the member sees now (bundled or their own).
 */
export function planImport(incoming: readonly Campaign[], currentRevision: (id: string) => number | undefined): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], skipped: [] };
  for (const campaign of incoming) {
    const have = currentRevision(campaign.id);
    const offered = revisionOf(campaign);
    if (have === undefined) plan.added.push(campaign);
    else if (offered > have) plan.updated.push({ campaign, from: have });
    else if (offered === have) plan.skipped.push({ campaign, reason: problem('skippedSameRevision', { revision: have }) });
    else plan.skipped.push({ campaign, reason: problem('skippedOlderRevision', { have, incoming: offered }) });
  }
  return plan;
}
