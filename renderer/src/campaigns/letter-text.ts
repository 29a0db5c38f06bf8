import type { Campaign, LetterText } from '../../../shared/campaign/schema';

/** The campaign's text in the UI language when it has one, else in its first language. */
export function textForUi(campaign: Campaign, uiLanguage: string): LetterText {
  const texts = campaign.languages;
  return texts[uiLanguage] ?? (Object.values(texts)[0] as LetterText);
}
