/**
 * Member-list columns and the header names that mean them, in German, French, Italian and
 * English, and those of Outlook's and Google's contact exports. Matching ignores case, accents,
 * spaces and punctuation. German "Name" alone is the family name, as in Swiss address exports.
 */
import { FALLBACK_ALIASES, HOME_ALIASES } from './contact-exports';

export const MEMBER_COLUMNS = ['title', 'firstName', 'lastName', 'street', 'addressLine2', 'postcode', 'city', 'country', 'language'] as const;
export type MemberColumn = (typeof MEMBER_COLUMNS)[number];

/** What a column of a list may hold: one member field, or postcode and town in one ("3000 Bern"). */
export const LIST_COLUMNS = [...MEMBER_COLUMNS, 'postcodeCity'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** Header names of a column holding postcode and town together, as many address exports have. */
const POSTCODE_CITY = ['plz ort', 'plz und ort', 'plz wohnort', 'postleitzahl ort', 'npa localite', 'npa lieu', 'npa et localite', 'cp ville', 'code postal ville', 'cap localita', 'cap citta', 'postcode city', 'postcode and city', 'postcode town', 'zip city'];

export const HEADER_ALIASES: Record<MemberColumn, string[]> = {
  title: ['anrede', 'titel', 'civilite', 'titre', 'titolo', 'title', 'salutation', 'name prefix'],
  firstName: ['vorname', 'prenom', 'nome', 'first name', 'firstname', 'first', 'given name', 'forename'],
  lastName: ['nachname', 'familienname', 'nom', 'nom de famille', 'cognome', 'last name', 'lastname', 'last', 'surname', 'family name'],
  street: ['strasse', 'straße', 'strasse und nr', 'strasse nr', 'adresse', 'rue', 'via', 'indirizzo', 'street', 'address', 'street address', 'street and number'],
  addressLine2: ['adresszusatz', 'zusatz', 'adresse 2', 'complement', 'complement d adresse', 'adresse complementaire', 'indirizzo 2', 'address 2', 'address line 2', 'second address line'],
  postcode: ['plz', 'postleitzahl', 'npa', 'code postal', 'cp', 'cap', 'postcode', 'postal code', 'zip', 'zip code'],
  city: ['ort', 'wohnort', 'stadt', 'localite', 'ville', 'localita', 'citta', 'city', 'town'],
  country: ['land', 'pays', 'paese', 'country', 'country region', 'land region', 'pays region'],
  language: ['sprache', 'langue', 'lingua', 'language'],
};

/**
 * Columns that continue the street: many Swiss exports keep the house number in a column of its
 * own. Without it the letter would go to "Seeweg" instead of "Seeweg 5".
 */
const STREET_PARTS = ['hausnummer', 'hausnr', 'haus nr', 'numero civico', 'n civico', 'civico', 'house number'];
/** Short names that are a house number only right after the street: alone, "Nr" is often the member number. */
const STREET_NUMBERS = ['nr', 'no', 'n', 'nummer', 'numero', 'number'];

/** Columns several headers may share: their cells are joined with a space, in list order. */
export const JOINED_COLUMNS: ReadonlySet<ListColumn> = new Set(['street']);

/** The header each column gets when a group is written back to CSV, in the UI language. */
export const EXPORT_HEADERS: Record<'en' | 'fr' | 'de' | 'it', Record<MemberColumn, string>> = {
  en: { title: 'Title', firstName: 'First name', lastName: 'Last name', street: 'Street', addressLine2: 'Address line 2', postcode: 'Postcode', city: 'City', country: 'Country', language: 'Language' },
  fr: { title: 'Civilité', firstName: 'Prénom', lastName: 'Nom', street: 'Rue', addressLine2: 'Complément d’adresse', postcode: 'NPA', city: 'Localité', country: 'Pays', language: 'Langue' },
  de: { title: 'Anrede', firstName: 'Vorname', lastName: 'Name', street: 'Strasse', addressLine2: 'Adresszusatz', postcode: 'PLZ', city: 'Ort', country: 'Land', language: 'Sprache' },
  it: { title: 'Titolo', firstName: 'Nome', lastName: 'Cognome', street: 'Via', addressLine2: 'Indirizzo 2', postcode: 'CAP', city: 'Località', country: 'Paese', language: 'Lingua' },
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ALIAS_INDEX = new Map<string, MemberColumn>(
  MEMBER_COLUMNS.flatMap((column) =>
    [...HEADER_ALIASES[column], ...(HOME_ALIASES[column] ?? [])].map((alias) => [normaliseHeader(alias), column] as const),
  ),
);

const FALLBACK_INDEX = new Map<string, MemberColumn>(
  MEMBER_COLUMNS.flatMap((column) => (FALLBACK_ALIASES[column] ?? []).map((alias) => [normaliseHeader(alias), column] as const)),
);

const STREET_PART_INDEX = new Set(STREET_PARTS.map(normaliseHeader));
const POSTCODE_CITY_INDEX = new Set(POSTCODE_CITY.map(normaliseHeader));

/** The fields a list column fills: postcode and town together count as both. */
export function fieldsOf(column: ListColumn): MemberColumn[] {
  return column === 'postcodeCity' ? ['postcode', 'city'] : [column];
}
const STREET_NUMBER_INDEX = new Set(STREET_NUMBERS.map(normaliseHeader));

/** How good a header is for its column: lower is better. */
const RANK = { plain: 0, fallback: 1, empty: 2 } as const;

function candidate(name: string): { column: ListColumn; rank: number } | null {
  if (POSTCODE_CITY_INDEX.has(name)) return { column: 'postcodeCity', rank: RANK.plain };
  const plain = ALIAS_INDEX.get(name);
  if (plain) return { column: plain, rank: RANK.plain };
  const fallback = FALLBACK_INDEX.get(name);
  return fallback ? { column: fallback, rank: RANK.fallback } : null;
}

/**
 * For each header (by position), the column it maps to. Each field is filled by one header: the
 * best named, of those with data in `data` when it is given (an Outlook export has an empty home
 * address where only the business one was kept), else the first. House numbers and second parts
 * of the street join the street.
 */
export function mapHeaders(headers: string[], data: readonly string[][] = []): (ListColumn | null)[] {
  const names = headers.map(normaliseHeader);
  const hasData = (index: number) => data.length === 0 || data.some((cells) => (cells[index] ?? '').trim() !== '');
  const candidates = names
    .map((name, index) => ({ index, found: candidate(name) }))
    .flatMap(({ index, found }) => (found ? [{ index, column: found.column, rank: found.rank + (hasData(index) ? 0 : RANK.empty) }] : []))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const taken = new Set<MemberColumn>();
  const mapped: (ListColumn | null)[] = names.map(() => null);
  for (const { index, column } of candidates) {
    if (fieldsOf(column).some((field) => taken.has(field))) continue;
    for (const field of fieldsOf(column)) taken.add(field);
    mapped[index] = column;
  }
  const streetAt = mapped.indexOf('street');
  names.forEach((name, index) => {
    const afterStreet = mapped[index - 1] === 'street';
    if (mapped[index] === null && streetAt >= 0 && streetAt < index && (STREET_PART_INDEX.has(name) || (afterStreet && STREET_NUMBER_INDEX.has(name)))) {
      mapped[index] = 'street';
    }
  });
  return mapped;
}
