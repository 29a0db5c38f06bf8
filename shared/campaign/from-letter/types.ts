import type { Person, SalutationPair } from '../schema';

/**
 * What the app read out of an appeal letter (a DOCX, a PDF's text layer, a .txt or pasted e-mail
 * text): the parts of the letter, each with the text it came from and whether the app is sure.
 * The editor shows every part beside its original; nothing the letter held is dropped silently:
 * text that matched no part is in `unplaced`.
 */

/** The parts of an appeal letter, in the order the editor lists them. */
export const LETTER_PARTS = [
  'recipient',
  'placeDate',
  'subject',
  'salutation',
  'body',
  'closing',
  'signature',
  'copies',
  'footer',
] as const;
export type LetterPart = (typeof LETTER_PARTS)[number];

/**
 * Why the app is unsure of a part. A closed list: the UI words each one in four languages
 * (shared/i18n/locales/<lang>/editor.json, `recognition.reason.<key>`).
 */
export const UNSURE_REASONS = [
  /** No address block was found before the salutation. */
  'addressNotFound',
  /** The role was guessed (no title such as "President", "Ministre" was found in the address). */
  'roleGuessed',
  /** Neither the salutation nor a title in the address told the gender. */
  'genderGuessed',
  /** The salutation matches none of the app's forms of address: kept as the campaign's own. */
  'salutationNotInTables',
  /** No salutation line was found: the body's start was guessed. */
  'salutationNotFound',
  /** No closing formula was found: the body's end was guessed. */
  'closingNotFound',
  /** A copy recipient's role was guessed (only an embassy / ambassador is recognised as such). */
  'copyRoleGuessed',
  /** A "word/word" alternative was turned into a choice the member picks from. */
  'choiceMade',
  /** The letter's language was guessed from its words (none was given). */
  'languageGuessed',
  /** A line was read as the footer because it follows the copy block or the signature. */
  'footerGuessed',
] as const;
export type UnsureReason = (typeof UNSURE_REASONS)[number];

export interface RecognisedPart {
  part: LetterPart;
  /** The letter's own text this part was read from (artefacts removed), its lines joined by "\n". */
  original: string;
  /** False where the app guessed: the editor says so beside this part, with `reasons`. */
  sure: boolean;
  reasons: UnsureReason[];
}

/** The sender blanks a letter had ("Name:", "Unterschrift: ____"); the app's sender fields replace them. */
export const SENDER_BLANKS = ['name', 'address', 'signature', 'placeDate'] as const;
export type SenderBlank = (typeof SENDER_BLANKS)[number];

export interface LetterRecognition {
  /** The language code given by the caller, or the one detected (de, fr, it, en). */
  language: string;
  /** The recipient read from the address block and the salutation; null when there was none. */
  recipient: Person | null;
  /** The copy block's persons ("Copie à", "Kopie an", "Copia a", "Copy:", "cc"); an embassy is `ambassador`. */
  copies: Person[];
  subject?: string;
  /** The salutation and closing as the letter wrote them. */
  salutation?: string;
  closing?: string;
  /**
   * Set when the salutation matched none of the app's forms for the language: the letter's own
   * pair, kept as the campaign's `salutations` for this language.
   */
  ownSalutations?: SalutationPair[];
  /** Markdown: paragraphs, `- ` / `1. ` lists, `{{a|b}}` choices (campaign-format.md, "The body"). */
  body: string;
  footer?: string;
  senderBlanks: SenderBlank[];
  parts: RecognisedPart[];
  /** Text that matched no part, in the letter's order: shown to the coordinator to place. */
  unplaced: string[];
}
