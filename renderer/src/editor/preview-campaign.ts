import type { CampaignDraft, DraftLetterText, DraftPerson } from '../../../shared/campaign/draft';
import { filledLines } from '../../../shared/campaign/draft-problems';
import type { Campaign } from '../../../shared/campaign/schema';
import { EMPTY_PROFILE } from '../../../shared/letter/empty-profile';
import type { SenderProfile } from '../../../shared/letter/options';

function shownPerson(person: DraftPerson): DraftPerson {
  return { ...person, address: filledLines(person.address) };
}

function shownText(text: DraftLetterText): DraftLetterText {
  const pairs = (text.salutations ?? []).filter((p) => p.salutation.trim() || p.closing.trim());
  return { ...text, salutations: pairs.length > 0 ? pairs : undefined };
}

/**
 * The draft as the composer reads a campaign. It may still have empty texts: the composer lays
 * out whatever is there, so the preview grows as the coordinator types. Blank address lines and
 * unused greeting rows are left out, as publishing leaves them out. Null without a language.
 */
export function previewCampaign(draft: CampaignDraft): Campaign | null {
  if (Object.keys(draft.languages).length === 0) return null;
  return {
    ...draft,
    id: draft.id || 'draft',
    recipient: shownPerson(draft.recipient),
    copies: (draft.copies ?? []).map(shownPerson).filter((copy) => copy.address.length > 0),
    languages: Object.fromEntries(Object.entries(draft.languages).map(([code, text]) => [code, shownText(text)])),
  } as Campaign;
}

export type SampleSender = Pick<SenderProfile, 'firstName' | 'lastName' | 'street' | 'postcode' | 'city'>;

/** The member's own details when they have given them; otherwise a sample sender, so the page looks real. */
export function previewSender(profile: SenderProfile, sample: SampleSender): SenderProfile {
  const hasOwn = Boolean(profile.firstName.trim() || profile.lastName.trim());
  return hasOwn ? profile : { ...EMPTY_PROFILE, ...sample };
}
