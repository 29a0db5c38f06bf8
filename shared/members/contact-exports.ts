import type { MemberColumn } from './columns';

/**
 * The home address of Outlook's contact export (English, German, French and Italian Outlook) and
 * of Google's ("Address 1 - …"): as good as the plain names.
 */
export const HOME_ALIASES: Partial<Record<MemberColumn, string[]>> = {
  street: ['home street', 'strasse privat', 'rue domicile', 'via ab', 'address 1 street'],
  addressLine2: ['home street 2', 'strasse privat 2', 'rue domicile 2', 'via ab 2', 'address 1 extended address'],
  postcode: ['home postal code', 'postleitzahl privat', 'code postal domicile', 'cap ab', 'address 1 postal code'],
  city: ['home city', 'ort privat', 'ville domicile', 'citta ab', 'address 1 city'],
  country: ['home country region', 'land region privat', 'pays region domicile', 'paese area geografica ab', 'address 1 country'],
};

/**
 * Names taken only where no better column has data: the business address of a contact export
 * (many contacts have only that one), and German "Name", which in a Google export is the whole
 * name beside "Family Name".
 */
export const FALLBACK_ALIASES: Partial<Record<MemberColumn, string[]>> = {
  lastName: ['name'],
  street: ['business street', 'strasse geschaftlich', 'rue bureau', 'via uff', 'address 2 street'],
  addressLine2: ['business street 2', 'strasse geschaftlich 2', 'rue bureau 2', 'via uff 2', 'address 2 extended address'],
  postcode: ['business postal code', 'postleitzahl geschaftlich', 'code postal bureau', 'cap uff', 'address 2 postal code'],
  city: ['business city', 'ort geschaftlich', 'ville bureau', 'citta uff', 'address 2 city'],
  country: ['business country region', 'land region geschaftlich', 'pays region bureau', 'paese area geografica uff', 'address 2 country'],
};
