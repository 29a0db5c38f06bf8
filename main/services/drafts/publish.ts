import type { Draft } from '../../../shared/api/operations/draft-ops';
import { tidyDraft, type CampaignDraft } from '../../../shared/campaign/draft';
import { draftIdFor } from '../../../shared/campaign/from-letter';
import { campaignIdSchema, type Campaign } from '../../../shared/campaign/schema';

/** What publishing needs to know of the library. */
export interface KnownCampaigns {
  get(id: string): Campaign | undefined;
  knows(id: string): boolean;
  revisionOf(id: string): number | undefined;
}

/**
 * The campaign a draft becomes: tidied, with the id and revision the library expects. An edit keeps
 * its campaign's id and, when anything changed, takes the next revision, so that a shared update
 * replaces the old version in every copy of the app. Anything else is a new campaign with an id
 * of its own that no campaign, bundled, own or recently deleted, has.
 */
export function publishedCampaign(draft: Draft, library: KnownCampaigns): CampaignDraft {
  const campaign = tidyDraft(draft.campaign);
  if (draft.origin.kind === 'edit') {
    const id = draft.origin.campaignId;
    const current = library.get(id);
    const have = library.revisionOf(id);
    if (!current || have === undefined) return { ...campaign, id, revision: campaign.revision ?? 1 };
    return { ...campaign, id, revision: sameContent(current, campaign) ? have : have + 1 };
  }
  const title = Object.values(campaign.languages).find((text) => text.title.trim())?.title ?? '';
  const base = campaignIdSchema.safeParse(campaign.id).success ? campaign.id : draftIdFor(title, campaign.published);
  return { ...campaign, id: freeId(base, library), revision: 1 };
}

function freeId(base: string, library: KnownCampaigns): string {
  if (!library.knows(base)) return base;
  // Ids are at most 81 characters: the number replaces the end of a long one.
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 75)}-${n}`;
    if (!library.knows(candidate)) return candidate;
  }
}

/** Equal but for the revision, whatever the order of the keys. */
function sameContent(a: Campaign, b: CampaignDraft): boolean {
  return stable({ ...a, revision: 0 }) === stable({ ...b, revision: 0 });
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  );
}
