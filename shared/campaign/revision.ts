import type { Campaign } from './schema';

/** A campaign without `revision` is revision 1 (campaign-format.md). */
export function revisionOf(campaign: Campaign): number {
  return campaign.revision ?? 1;
}
