import type { CampaignSummary } from '../../../shared/api/contract';
import { revisionOf } from '../../../shared/campaign/revision';
import type { Campaign } from '../../../shared/campaign/schema';
import { ownLetterText } from '../../../shared/letter/compose';

/** What the campaign list shows of a campaign. */
export function summarize(campaign: Campaign, flags: { bundled: boolean; archived: boolean }): CampaignSummary {
  const languages = Object.keys(campaign.languages);
  return {
    id: campaign.id,
    revision: revisionOf(campaign),
    bundled: flags.bundled,
    archived: flags.archived,
    publisher: campaign.publisher,
    published: campaign.published,
    ...(campaign.deadline === undefined ? {} : { deadline: campaign.deadline }),
    ...(campaign.country === undefined ? {} : { country: campaign.country }),
    ...(campaign.countryCode === undefined ? {} : { countryCode: campaign.countryCode }),
    titles: Object.fromEntries(languages.map((code) => [code, ownLetterText(campaign, code)?.title ?? ''])),
    languages,
  };
}

/** The title in the preferred language when the campaign has it, else in its first language. */
export function titleOf(campaign: Campaign, preferredLanguage: string | undefined): string {
  const preferred = preferredLanguage !== undefined ? ownLetterText(campaign, preferredLanguage) : undefined;
  return (preferred ?? Object.values(campaign.languages)[0])?.title ?? campaign.id;
}
