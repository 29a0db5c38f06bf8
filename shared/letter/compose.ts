import type { Campaign, LetterText, Person, SalutationPair } from '../campaign/schema';
import { parseTemplate, type FieldName } from '../campaign/template';
import type { LetterBlock, LetterDocument } from './model';
import type { LetterOptions, SenderProfile } from './options';
import { LAYOUT_PRESETS } from './layouts';
import { markdownToBlocks } from './markdown-blocks';
import { formatPlaceDate, letterPhrases, offeredForms, salutationFor } from './languages';
import { titleIn } from './sender-title';
import { addresseeCountry, memberRegion, senderCountryLine } from './countries';

export interface ComposeInput {
  campaign: Campaign;
  options: LetterOptions;
  profile: SenderProfile;
  /** Compose the copy for `campaign.copies[copyFor]` instead of the letter to the recipient. */
  copyFor?: number;
}

/**
 * The campaign's text in exactly this language, if it has one. Own keys only: a language asked
 * for as "constructor" or "toString" must not find Object's built-in members.
 */
export function ownLetterText(campaign: Campaign, lang: string): LetterText | undefined {
  return Object.hasOwn(campaign.languages, lang) ? campaign.languages[lang] : undefined;
}

/** The letter text for a language, falling back to the campaign's first language. */
export function letterTextFor(campaign: Campaign, lang: string): { lang: string; text: LetterText } {
  const direct = ownLetterText(campaign, lang);
  if (direct) return { lang, text: direct };
  const [firstLang, firstText] = Object.entries(campaign.languages)[0] as [string, LetterText];
  return { lang: firstLang, text: firstText };
}

/** The salutation/closing pairs offered for a language: the campaign's own win, then the tables. */
export function offeredPairs(campaign: Campaign, lang: string): SalutationPair[] {
  const { lang: actual, text } = letterTextFor(campaign, lang);
  if (text.salutations && text.salutations.length > 0) return text.salutations;
  const forms = offeredForms(actual, campaign.recipient);
  // A language without a table still gets a letter: English forms rather than none at all.
  return forms.length > 0 ? forms : offeredForms('en', campaign.recipient);
}

/** The name as signed: no title under the signature, nor where the body names the sender. */
export function senderDisplayName(profile: SenderProfile): string {
  if (profile.initialsOnly) return initials(profile);
  return [profile.firstName, profile.lastName].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** The sender block's first line: the title in the letter's language, then the name ("Mme Anna Muster"). */
function senderNameLine(profile: SenderProfile, lang: string): string {
  if (profile.initialsOnly) return initials(profile);
  return [titleIn(lang, profile.title), senderDisplayName(profile)].filter(Boolean).join(' ');
}

function initials(profile: SenderProfile): string {
  const words = `${profile.firstName} ${profile.lastName}`.split(/[\s-]+/).filter(Boolean);
  return words
    .map((w) => /\p{L}/u.exec(w)?.[0])
    .filter((letter): letter is string => Boolean(letter))
    .map((letter) => `${letter.toUpperCase()}.`)
    .join(' ');
}

function townLine(profile: SenderProfile): string {
  return [profile.postcode, profile.city].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** The sender's address without the country, which only letters abroad carry (`country`). */
function senderLines(profile: SenderProfile, lang: string): string[] {
  const name = senderNameLine(profile, lang);
  if (profile.initialsOnly) return [name, profile.city.trim()].filter(Boolean);
  return [name, profile.street.trim(), profile.addressLine2.trim(), townLine(profile)].filter(Boolean);
}

/** The addressee's lines as given, the last one in capitals when it names their country (UPU practice). */
function addressLines(address: readonly string[], lastLineIsCountry: boolean): string[] {
  if (!lastLineIsCountry) return [...address];
  return [...address.slice(0, -1), (address.at(-1) ?? '').toUpperCase()];
}

function describePerson(person: Person): string {
  return person.address.slice(0, 2).join(', ');
}

function fieldValue(name: FieldName, profile: SenderProfile, campaign: Campaign): string {
  switch (name) {
    case 'sender.name':
      return senderDisplayName(profile);
    case 'sender.firstName':
      return profile.initialsOnly ? '' : profile.firstName.trim();
    case 'sender.lastName':
      return profile.initialsOnly ? '' : profile.lastName.trim();
    case 'sender.street':
      return profile.initialsOnly ? '' : profile.street.trim();
    case 'sender.postcode':
      return profile.initialsOnly ? '' : profile.postcode.trim();
    case 'sender.city':
      return profile.city.trim();
    case 'sender.country':
      return profile.country.trim();
    case 'recipient.name':
      return campaign.recipient.name;
  }
}

// Private-use characters stand in for placeholders while Markdown is parsed, so that a member's
// name containing `*` or `_` is never read as formatting.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK_PATTERN = /\uE000(\d+)\uE001/g;

function bodyBlocks(body: string, options: LetterOptions, resolve: (name: FieldName) => string): LetterBlock[] {
  const values: string[] = [];
  const marked = parseTemplate(body)
    .map((part) => {
      if (part.kind === 'text') return part.text.replace(/[\uE000\uE001]/g, '');
      const value =
        part.kind === 'choice'
          ? (part.options[options.choices[part.index] ?? 0] ?? part.options[0] ?? '')
          : resolve(part.name as FieldName);
      values.push(value);
      return `${MARK_OPEN}${values.length - 1}${MARK_CLOSE}`;
    })
    .join('');
  return markdownToBlocks(marked, (text) => text.replace(MARK_PATTERN, (_, i: string) => values[Number(i)] ?? ''));
}

function personalBlocks(text: string): LetterBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', runs: [{ text: p }] }));
}

/** Composes one letter into the layout-free document model every output renders. */
export function composeLetter({ campaign, options, profile, copyFor }: ComposeInput): LetterDocument {
  const { lang, text } = letterTextFor(campaign, options.lang);
  const phrases = letterPhrases(lang);
  const pairs = offeredPairs(campaign, lang);
  const pair = pairs[options.salutationIndex] ?? pairs[0] ?? { salutation: '', closing: '' };
  const copyRecipient = copyFor === undefined ? undefined : campaign.copies?.[copyFor];
  const addressee = copyRecipient ?? campaign.recipient;
  const resolve = (name: FieldName) => fieldValue(name, profile, campaign);
  const body = bodyBlocks(text.body, options, resolve);
  const firstBodyText = body[0]?.kind === 'paragraph' ? (body[0].runs[0]?.text ?? '') : '';
  const place = (profile.datePlace.trim() || profile.city.trim()) as string;
  const printedName = senderDisplayName(profile);
  const fromRegion = memberRegion(profile.country);
  const to = addresseeCountry(addressee.address, { campaignCountry: campaign.country, isCopy: copyRecipient !== undefined });
  // Abroad, the sender's country goes with the address: in the block and on the return line.
  const senderCountry = to.region !== fromRegion ? senderCountryLine(profile.country, lang) : '';
  const sender = senderLines(profile, lang);
  const window = LAYOUT_PRESETS[options.layout.preset].window;

  const blocks: LetterBlock[] = [
    { kind: 'sender', lines: senderCountry ? [...sender, senderCountry] : sender },
    {
      kind: 'recipient',
      lines: addressLines(addressee.address, to.lastLineIsCountry),
      returnAddress: window ? sender.join(', ') : '',
      ...(window && senderCountry ? { returnCountry: senderCountry } : {}),
    },
    { kind: 'place-date', text: formatPlaceDate(lang, place, options.date) },
  ];
  if (copyRecipient) {
    blocks.push({ kind: 'paragraph', runs: [{ text: phrases.copyOfLetter(describePerson(campaign.recipient)), italic: true }] });
  }
  if (text.subject?.trim()) blocks.push({ kind: 'subject', text: text.subject.trim() });
  blocks.push({ kind: 'salutation', text: salutationFor(lang, pair.salutation, firstBodyText) });
  blocks.push(...body, ...personalBlocks(options.personalText));
  blocks.push({ kind: 'closing', text: pair.closing }, { kind: 'signature-space' });
  if (printedName) blocks.push({ kind: 'printed-name', text: printedName });
  const copies = campaign.copies ?? [];
  if (copies.length > 0) {
    blocks.push({ kind: 'copy-line', label: phrases.copyLabel, entries: copies.map((c) => c.address.join(', ')) });
  }
  if (text.footer?.trim()) blocks.push({ kind: 'footer', text: text.footer.trim() });

  return { lang, layout: options.layout, blocks, pageLabel: phrases.pageLabel };
}

/** The letter plus, when asked, one copy per copy recipient (the embassy's copy). */
export function composeWithCopies(input: Omit<ComposeInput, 'copyFor'>, withCopies: boolean): LetterDocument[] {
  const letters = [composeLetter(input)];
  if (withCopies) {
    (input.campaign.copies ?? []).forEach((_, i) => letters.push(composeLetter({ ...input, copyFor: i })));
  }
  return letters;
}
