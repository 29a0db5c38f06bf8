/**
 * A recognised letter as a campaign draft, and a second letter (another language of the same
 * appeal) added to one. The draft is what the editor shows; `checkCampaign` decides later whether
 * it is a campaign.
 */
import { CAMPAIGN_FORMAT, SUPPORTED_FORMAT_VERSION, type Person } from '../schema';
import { emptyPerson, type CampaignDraft, type DraftLetterText, type DraftPerson } from '../draft';
import { baseLanguage } from '../../letter/languages';
import type { LetterRecognition } from './types';
import { LANGUAGE_WORDS, RECOGNISED_LANGUAGES, type RecognisedLanguage } from './keywords';
import { isCountryLike, stripCourtesyTitles } from './address-lines';
import { asciiFold, fold } from './text-fold';

export interface DraftOptions {
  /** YYYY-MM-DD */
  published: string;
  publisher?: string;
  id?: string;
}

export type RecipientDifference = 'name' | 'role' | 'gender' | 'address';

// The draft's bounds (shared/campaign/draft.ts): a draft over them could not be saved. The
// recognition report keeps the letter's own text for anything cut here.
const MAX_LINE = 500;
const MAX_LIST = 20;
const MAX_TITLE = 120;
// A campaign id is 3 to 81 characters (campaign-format.md).
const MAX_ID = 81;

function wordsOf(lang: string) {
  const base = baseLanguage(lang);
  return LANGUAGE_WORDS[(RECOGNISED_LANGUAGES as readonly string[]).includes(base) ? (base as RecognisedLanguage) : 'en'];
}

/** Cut at a word boundary with an ellipsis, for a title that must stay short. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A campaign id from a title and the publication month: "2026-12-aserbaidschan-schutz". */
export function draftIdFor(title: string, published: string): string {
  const month = /^(\d{4})-(\d{2})/.exec(published);
  const prefix = month ? `${month[1]}-${month[2]}` : '';
  const slug = asciiFold(title.slice(0, 400))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  let id = [prefix, slug || 'letter'].filter(Boolean).join('-');
  if (id.length > MAX_ID) {
    id = id.slice(0, MAX_ID);
    const lastWord = id.lastIndexOf('-');
    if (lastWord > prefix.length) id = id.slice(0, lastWord);
  }
  id = id.replace(/-$/, '');
  // A one- or two-character title without a month ("ab") is still an id.
  return id.length >= 3 ? id : `${id}-letter`;
}

/** The subject without its label, else "Letter to Ilham Aliyev" in the letter's language. */
function titleOf(rec: LetterRecognition): string {
  const subject = rec.subject?.trim();
  if (subject) return shortened(subject, MAX_TITLE);
  const words = wordsOf(rec.language);
  const name = rec.recipient?.name.trim();
  return name ? shortened(`${words.letterTo} ${name}`, MAX_TITLE) : words.letter;
}

function letterTextOf(rec: LetterRecognition): DraftLetterText {
  const text: DraftLetterText = { title: titleOf(rec), body: rec.body };
  if (rec.subject?.trim()) text.subject = rec.subject.trim().slice(0, MAX_LINE);
  if (rec.ownSalutations?.length) {
    text.salutations = rec.ownSalutations.slice(0, MAX_LIST).map((pair) => ({
      salutation: pair.salutation.slice(0, MAX_LINE),
      closing: pair.closing.slice(0, MAX_LINE),
    }));
  }
  if (rec.footer?.trim()) text.footer = rec.footer;
  return text;
}

function draftPerson(person: Person): DraftPerson {
  return {
    ...person,
    name: person.name.slice(0, MAX_LINE),
    ...(person.familyName ? { familyName: person.familyName.slice(0, MAX_LINE) } : {}),
    address: person.address.slice(0, MAX_LIST).map((line) => line.slice(0, MAX_LINE)),
  };
}

export function draftFromRecognition(rec: LetterRecognition, options: DraftOptions): CampaignDraft {
  const text = letterTextOf(rec);
  const lastLine = rec.recipient?.address[rec.recipient.address.length - 1];
  const draft: CampaignDraft = {
    format: CAMPAIGN_FORMAT,
    formatVersion: SUPPORTED_FORMAT_VERSION,
    id: options.id ?? draftIdFor(text.title, options.published),
    revision: 1,
    publisher: options.publisher ?? '',
    published: options.published,
    recipient: rec.recipient ? draftPerson(rec.recipient) : emptyPerson(),
    copies: rec.copies.slice(0, MAX_LIST).map(draftPerson),
    languages: Object.fromEntries([[rec.language, text]]),
  };
  if (lastLine && isCountryLike(lastLine)) draft.country = lastLine;
  return draft;
}

/** A name as compared across letters: no titles, accents, case or order ("M. Ilham Aliyev" = "Aliyev Ilham"). */
function nameKey(name: string): string {
  return fold(stripCourtesyTitles(name).rest)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/**
 * An address as compared across languages: only its numbers (postcode, street and box numbers),
 * since the words are translated ("Présidence de la République" / "Presidential Palace").
 */
function addressKey(address: readonly string[]): string {
  const numbers = address.flatMap((line) => line.split(/[\s,]+/)).filter((token) => /\d/.test(token));
  return [...new Set(numbers.map((token) => token.toLowerCase().replace(/[^a-z0-9]/g, '')))].sort().join(' ');
}

function samePerson(a: Pick<Person, 'name' | 'address'>, b: Pick<Person, 'name' | 'address'>): boolean {
  const numbers = addressKey(a.address);
  return nameKey(a.name) === nameKey(b.name) || (numbers !== '' && numbers === addressKey(b.address));
}

function differencesOf(draftRecipient: DraftPerson, letterRecipient: Person): RecipientDifference[] {
  const differences: RecipientDifference[] = [];
  if (nameKey(draftRecipient.name) !== nameKey(letterRecipient.name)) differences.push('name');
  if (draftRecipient.role !== letterRecipient.role) differences.push('role');
  if (draftRecipient.gender !== letterRecipient.gender) differences.push('gender');
  if (addressKey(draftRecipient.address) !== addressKey(letterRecipient.address)) differences.push('address');
  return differences;
}

/**
 * The letter's text as the draft's text in its language (replacing one there), and the copies the
 * draft lacks. The draft's recipient stays as it is: how the letter's differs is reported for the
 * coordinator to decide.
 */
export function addLanguageToDraft(
  draft: CampaignDraft,
  rec: LetterRecognition,
): { draft: CampaignDraft; recipientDifferences: RecipientDifference[] } {
  const next: CampaignDraft = structuredClone(draft);
  next.languages = Object.fromEntries([...Object.entries(next.languages).filter(([code]) => code !== rec.language), [rec.language, letterTextOf(rec)]]);
  const copies = [...(next.copies ?? [])];
  for (const copy of rec.copies) {
    if (copies.length < MAX_LIST && !copies.some((known) => samePerson(known, copy))) copies.push(draftPerson(copy));
  }
  if (copies.length > 0) next.copies = copies;
  const recipientDifferences = rec.recipient ? differencesOf(draft.recipient, rec.recipient) : [];
  return { draft: next, recipientDifferences };
}
