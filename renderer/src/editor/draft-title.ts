import type { CampaignDraft } from '../../../shared/campaign/draft';

/** The title to name the draft by: in the UI language if the letter has it, else the first one written. */
export function draftTitle(campaign: CampaignDraft, uiLanguage: string): string {
  const own = Object.hasOwn(campaign.languages, uiLanguage) ? campaign.languages[uiLanguage]?.title.trim() : '';
  return own || Object.values(campaign.languages).find((text) => text.title.trim())?.title.trim() || '';
}
