import type { CampaignSummary } from '../../../shared/api/contract';
import { isOverdue } from '../dates';

/** The language tag's base ("de-CH" → "de"), which is what the UI languages are. */
const baseOf = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

/**
 * The title in the UI language when the campaign has it (also as a regional variant such as
 * "de-CH" for German), else in its first language.
 */
export function titleOf(summary: Pick<CampaignSummary, 'titles' | 'languages' | 'id'>, uiLanguage: string): string {
  const regional = Object.keys(summary.titles).find((tag) => baseOf(tag) === baseOf(uiLanguage));
  const first = summary.languages[0];
  return (
    summary.titles[uiLanguage] ??
    (regional !== undefined ? summary.titles[regional] : undefined) ??
    (first !== undefined ? summary.titles[first] : undefined) ??
    Object.values(summary.titles)[0] ??
    summary.id
  );
}

/**
 * What a member should write first: current letters by nearest deadline (those without a
 * deadline after them), then the ones whose deadline has passed, most recently passed first.
 * Archived campaigns are the coordinator's past mailings: they are listed apart (archivedCampaigns).
 */
export function orderCampaigns(list: readonly CampaignSummary[], today: string): CampaignSummary[] {
  const rank = (c: CampaignSummary) => (isOverdue(c.deadline, today) ? 2 : c.deadline ? 0 : 1);
  return list
    .filter((c) => !c.archived)
    .toSorted((a, b) => {
      const byRank = rank(a) - rank(b);
      if (byRank !== 0) return byRank;
      const da = a.deadline ?? '';
      const db = b.deadline ?? '';
      if (da === db) return b.published.localeCompare(a.published);
      return rank(a) === 2 ? db.localeCompare(da) : da.localeCompare(db);
    });
}

/** The archived campaigns, the most recently published first. */
export function archivedCampaigns(list: readonly CampaignSummary[]): CampaignSummary[] {
  return list.filter((c) => c.archived).toSorted((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}

/** The DOM id of a campaign's card, so that focus can return to it after a change. */
export function cardIdOf(campaignId: string): string {
  return `campaign-card-${campaignId}`;
}
