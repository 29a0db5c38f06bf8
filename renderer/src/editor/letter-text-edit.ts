import type { Draft } from '../../../shared/api/contract';
import type { CampaignDraft, DraftLetterText } from '../../../shared/campaign/draft';

/** The campaign with one language's text changed. */
export function withLetterText(campaign: CampaignDraft, code: string, patch: Partial<DraftLetterText>): CampaignDraft {
  const text = campaign.languages[code];
  if (!text) return campaign;
  return { ...campaign, languages: { ...campaign.languages, [code]: { ...text, ...patch } } };
}

export function withoutLanguage(draft: Draft, code: string): Draft {
  const languages = { ...draft.campaign.languages };
  const recognition = { ...draft.recognition };
  delete languages[code];
  delete recognition[code];
  return { ...draft, campaign: { ...draft.campaign, languages }, recognition };
}

/** The recognition report without one piece of unplaced text: the coordinator has placed it. */
export function withoutUnplaced(draft: Draft, code: string, index: number): Draft {
  const report = draft.recognition[code];
  if (!report) return draft;
  const unplaced = report.unplaced.filter((_, i) => i !== index);
  return { ...draft, recognition: { ...draft.recognition, [code]: { ...report, unplaced } } };
}
