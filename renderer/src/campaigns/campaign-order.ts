import type { CampaignSummary } from '../../../shared/api/contract';
import { isOverdue } from '../dates';

/** The title in the UI language when the campaign has one, else in its first language. */
export function titleOf(summary: Pick<CampaignSummary, 'titles' | 'languages' | 'id'>, uiLanguage: string): string {
  const first = summary.languages[0];
  return (
    summary.titles[uiLanguage] ??
    (first !== undefined ? summary.titles[first] : undefined) ??
    Object.values(summary.titles)[0] ??
    summary.id
  );
}

/**
 * What a member should write first: current letters by nearest deadline (those without a
 * deadline after them), then the ones whose deadline has passed, most recently passed first.
 * Archived campaigns are the coordinator's past mailings and are not offered.
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
