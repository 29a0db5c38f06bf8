import type { Campaign, LetterText } from '../../../shared/campaign/schema';

/**
 * The campaign's text in the UI language when it has one (also as a regional variant such as
 * "de-CH"), else in its first language.
 */
export function textForUi(campaign: Campaign, uiLanguage: string): LetterText {
  const texts = campaign.languages;
  const base = uiLanguage.toLowerCase().split('-')[0];
  const regional = Object.keys(texts).find((tag) => tag.toLowerCase().split('-')[0] === base);
  return texts[uiLanguage] ?? (regional !== undefined ? texts[regional] : undefined) ?? (Object.values(texts)[0] as LetterText);
}
