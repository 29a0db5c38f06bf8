import { z } from 'zod';
import { CAMPAIGN_FORMAT, GENDERS, ROLES, SUPPORTED_FORMAT_VERSION, type Campaign } from './schema';

/**
 * A campaign while it is being written: the shape of a campaign file (campaign-format.md), but
 * any text may still be empty and the id may not yet be valid. The editor holds one, drafts are
 * saved as the coordinator types, and `checkCampaign` decides when it can become a campaign.
 *
 * Every string and list is bounded here, since drafts cross IPC and are read back from disk:
 * real letters are 2–10 KB, so 64 KB per text is ample.
 */

export const MAX_DRAFT_TEXT = 64 * 1024;
const line = z.string().max(500);
const text = z.string().max(MAX_DRAFT_TEXT);

export const draftPersonSchema = z.looseObject({
  role: z.enum(ROLES),
  gender: z.enum(GENDERS),
  name: line,
  familyName: line.optional(),
  /** Lines as typed: the envelope's limit (6) is shown in the editor, not enforced while typing. */
  address: z.array(line).max(20),
});

export const draftSalutationSchema = z.looseObject({ salutation: line, closing: line });

export const draftLetterTextSchema = z.looseObject({
  title: line,
  summary: text.optional(),
  subject: line.optional(),
  body: text,
  salutations: z.array(draftSalutationSchema).max(20).optional(),
  footer: text.optional(),
  postage: line.optional(),
  postalNote: line.optional(),
});

export const campaignDraftSchema = z.looseObject({
  format: z.literal(CAMPAIGN_FORMAT),
  formatVersion: z.literal(SUPPORTED_FORMAT_VERSION),
  id: z.string().max(100),
  revision: z.number().int().min(1).max(1_000_000).optional(),
  publisher: line,
  published: z.string().max(20),
  deadline: z.string().max(20).optional(),
  country: line.optional(),
  countryCode: z.string().max(10).optional(),
  recipient: draftPersonSchema,
  copies: z.array(draftPersonSchema).max(20).optional(),
  languages: z.record(z.string().max(20), draftLetterTextSchema).refine((l) => Object.keys(l).length <= 20, 'at most 20 languages'),
});

export type DraftPerson = z.infer<typeof draftPersonSchema>;
export type DraftLetterText = z.infer<typeof draftLetterTextSchema>;
export type CampaignDraft = z.infer<typeof campaignDraftSchema>;

/** An empty person of the given role, for a new recipient or copy. */
export function emptyPerson(role: DraftPerson['role'] = 'head-of-state'): DraftPerson {
  return { role, gender: 'unspecified', name: '', address: [] };
}

export function emptyLetterText(): DraftLetterText {
  return { title: '', body: '' };
}

/** A campaign is already a valid draft: editing one starts from its exact file content. */
export function draftOf(campaign: Campaign): CampaignDraft {
  return structuredClone(campaign) as CampaignDraft;
}

const OPTIONAL_TEXTS = ['summary', 'subject', 'footer', 'postage', 'postalNote'] as const;

function tidyPerson(person: DraftPerson): DraftPerson {
  const tidy: DraftPerson = { ...person, address: person.address.filter((line) => line.trim()) };
  if (!tidy.familyName?.trim()) delete tidy.familyName;
  return tidy;
}

/**
 * The draft as a campaign file would hold it: empty optional texts, blank address lines and an
 * empty copy list left out, so that nothing prints an empty line and the file says only what the
 * author wrote. Required fields stay, empty or not: the validator names what is missing.
 */
export function tidyDraft(draft: CampaignDraft): CampaignDraft {
  const tidy: CampaignDraft = { ...draft, recipient: tidyPerson(draft.recipient) };
  const copies = (draft.copies ?? []).map(tidyPerson).filter((copy) => copy.name.trim() || copy.address.length > 0);
  if (copies.length > 0) tidy.copies = copies;
  else delete tidy.copies;
  if (!draft.deadline?.trim()) delete tidy.deadline;
  if (!draft.country?.trim()) delete tidy.country;
  tidy.languages = Object.fromEntries(
    Object.entries(draft.languages).map(([code, text]) => {
      const tidyText: DraftLetterText = { ...text };
      for (const field of OPTIONAL_TEXTS) if (!tidyText[field]?.trim()) delete tidyText[field];
      const pairs = (text.salutations ?? []).filter((pair) => pair.salutation.trim() || pair.closing.trim());
      if (pairs.length > 0) tidyText.salutations = pairs;
      else delete tidyText.salutations;
      return [code, tidyText];
    }),
  );
  return tidy;
}
