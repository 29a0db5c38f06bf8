import type { Campaign } from '../campaign/schema';
import { composeWithCopies, offeredPairs } from '../letter/compose';
import type { LayoutSettings } from '../letter/layouts';
import type { LetterDocument } from '../letter/model';
import type { LetterOptions } from '../letter/options';
import type { Member } from './member';
import { memberToProfile } from './member';
import { memberLanguageCode } from './member-language';

/** What the coordinator picks once for the whole batch (zod-free: the renderer uses it). */
export interface BatchSettings {
  campaignId: string;
  /** 'one': every letter in `lang`; 'own': each member's language where the campaign has it, else `lang`. */
  langMode: 'one' | 'own';
  lang: string;
  /** Position in the offered forms of address; the same position in each member's language. */
  salutationIndex: number;
  layout: LayoutSettings;
  withCopies: boolean;
  /**
   * For each `{{a|b}}` choice in the text, in order: the option picked, once for the whole batch, as
   * a member picks in their own flow. The same position in each member's language; absent or past
   * a choice's options, its first option.
   */
  choices?: number[];
  /** ISO date printed in every letter's date line. */
  date: string;
}

/** The language a member's letter is written in. */
export function memberLetterLanguage(campaign: Campaign, member: Pick<Member, 'language'>, settings: Pick<BatchSettings, 'langMode' | 'lang'>): string {
  if (settings.langMode === 'own') {
    const own = memberLanguageCode(member.language);
    const offered = Object.keys(campaign.languages).find((lang) => own !== null && lang.toLowerCase().split('-')[0] === own);
    if (offered) return offered;
  }
  return settings.lang;
}

export function memberLetterOptions(campaign: Campaign, member: Member, settings: BatchSettings): LetterOptions {
  const lang = memberLetterLanguage(campaign, member, settings);
  const pairs = offeredPairs(campaign, lang).length;
  return {
    campaignId: campaign.id,
    lang,
    salutationIndex: Math.max(0, Math.min(settings.salutationIndex, pairs - 1)),
    choices: settings.choices ?? [],
    personalText: '',
    layout: settings.layout,
    date: settings.date,
  };
}

/** One member's letter (and, when asked, the embassy's copy), exactly as the preview shows it. */
export function composeMemberLetters(campaign: Campaign, member: Member, settings: BatchSettings): LetterDocument[] {
  const options = memberLetterOptions(campaign, member, settings);
  return composeWithCopies({ campaign, options, profile: memberToProfile(member) }, settings.withCopies);
}
