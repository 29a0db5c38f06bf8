import type { Gender, Role } from '../../campaign/schema';

/**
 * One salutation with the closing that belongs to it, as written in a language table.
 * Placeholders, filled per recipient by `offeredForms`:
 * - `{surname}`: the person's `familyName`, or the last word of `name` ("[Surname]" in the reference);
 * - `{fullName}`: the whole `name` ("[First name Surname]");
 * - `{appel}` (closing only): the salutation without its final punctuation, for closings that repeat
 *   it ("Veuillez agréer, Monsieur le Président, …").
 */
export interface FormTemplate {
  salutation: string;
  closing: string;
}

/** Most usual form first: index 0 is what a letter gets unless the member picks another. */
export type FormsTable = Record<Role, Record<Gender, readonly FormTemplate[]>>;

/** Twelve month names, January first, written as they appear inside a date. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * The place-and-date line. Patterns use `{place}`, `{day}`, `{month}`, `{year}`; `withoutPlace`
 * serves a member who left both place and city empty.
 */
export interface DateLine {
  withPlace: string;
  withoutPlace: string;
  months: MonthNames;
  /** How the first of a month is written where it is not just "1" (French "1er"). */
  firstOfMonth?: string;
}

/** Words a letter prints around the campaign's text (the copy line, the embassy copy, page numbers). */
export interface LetterPhrases {
  /** Label before the list of copy recipients, punctuation included ("Copy:"). */
  copyLabel: string;
  /**
   * The line on top of a copy sent to someone else (usually the embassy). `recipientDescription`
   * is inserted as given (the caller passes the addressee's name or first address lines), so the
   * phrase must read well before a name: no article is added.
   */
  copyOfLetter: (recipientDescription: string) => string;
  /** Page footer template with `{n}` (this page) and `{total}` (pages of this letter). */
  pageLabel: string;
  /** Labels of the ruled lines a foyer sheet leaves for the writer to fill in by hand. */
  fillIn: { name: string; address: string; signature: string };
}

/**
 * Where the comma after a salutation comes from. Most languages write it in the salutation itself;
 * German (campaign-format.md, "Forms of address") adds it only when the body continues in lower
 * case (German usage) and leaves it off when the body starts with a capital (Swiss usage).
 */
export type SalutationComma = 'as-written' | 'when-body-starts-lower-case';

/**
 * The member's title as the letter carries it, whatever the list or profile wrote: a German list's
 * "Frau" is printed "Mme" in a French letter. `ms` is English "Ms"; languages without that
 * distinction write it as their female title.
 */
export type TitleKey = 'female' | 'male' | 'ms';

/** How a language writes the member's title before the name, and what else it is read from. */
export interface SenderTitles {
  written: Readonly<Record<TitleKey, string>>;
  /** Other spellings member lists use ("Madame", "Sig.ra"): read as the title, never printed. */
  alsoRead: Readonly<Partial<Record<TitleKey, readonly string[]>>>;
}

export interface LetterLanguage extends LetterPhrases {
  /** Base language code (BCP 47 primary subtag), e.g. "de"; "de-CH" uses this table. */
  code: string;
  /** The language's name in itself, for menus ("Deutsch"). */
  endonym: string;
  forms: FormsTable;
  salutationComma: SalutationComma;
  dateLine: DateLine;
  titles: SenderTitles;
  /** Switzerland, in this language: the sender's country on letters abroad (the app is for Swiss members). */
  homeCountry: string;
}
