/**
 * Which country a member writes from and an addressee lives in, for international post (Swiss
 * Post and UPU practice, letter-layout.md): abroad, the recipient's country is the address's last
 * line, in capitals, and the sender's country is in the sender block and the return line.
 *
 * Country names are recognised (never printed) through the runtime's region names in the five
 * letter languages; what is printed comes from the campaign, the profile or the language tables.
 */
import { LETTER_LANGUAGES, letterLanguage, FALLBACK_LANGUAGE } from './languages';

/** The app is for Swiss members: an empty country in a profile or a member list means Switzerland. */
export const HOME_REGION = 'CH';

/** Region codes that name no country a letter goes to (the EU, the UN, "Unknown Region"…). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** "Côte d’Ivoire", "COTE D'IVOIRE", "côte-d'ivoire" read the same. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function regionNames(lang: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
}

function buildIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const namers = LETTER_LANGUAGES.map((l) => regionNames(l.code)).filter((n): n is Intl.DisplayNames => n !== undefined);
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      for (const namer of namers) {
        const name = namer.of(code);
        if (name && name !== code && !index.has(normalise(name))) index.set(normalise(name), code);
      }
    }
  }
  // The tables' own names of Switzerland, whatever the runtime knows.
  for (const l of LETTER_LANGUAGES) index.set(normalise(l.homeCountry), HOME_REGION);
  return index;
}

let index: ReadonlyMap<string, string> | undefined;
/** Prefix of a name the runtime does not know as a country. */
const UNKNOWN = 'name:';

/**
 * A country name's region code ("Schweiz" → "CH", "Azerbaïdjan" → "AZ"); a name the runtime does
 * not know stands for itself, so two spellings of an unknown country compare by their text.
 */
export function regionOf(name: string): string {
  index ??= buildIndex();
  const key = normalise(name);
  return index.get(key) ?? `${UNKNOWN}${key}`;
}

/** The member's country: the profile's, or Switzerland when it is empty. */
export function memberRegion(country: string): string {
  return country.trim() ? regionOf(country) : HOME_REGION;
}

/** Switzerland in the letter's language; any other country as the member wrote it. */
export function senderCountryLine(country: string, lang: string): string {
  if (memberRegion(country) !== HOME_REGION) return country.trim();
  return (letterLanguage(lang) ?? FALLBACK_LANGUAGE).homeCountry;
}

export interface AddresseeCountry {
  region: string;
  /** Whether the address's last line names that country (it is then printed in capitals). */
  lastLineIsCountry: boolean;
}

/**
 * Where an addressee lives. Conservative: the last line counts as a country only when the whole
 * line is a country's name (in one of the letter languages) or the campaign's `country` — a town
 * line carries a postcode and never matches. Without such a line, the recipient lives in the
 * campaign's country and a copy (the embassy, in Bern) in Switzerland, where campaigns are published.
 */
export function addresseeCountry(address: readonly string[], opts: { campaignCountry?: string; isCopy: boolean }): AddresseeCountry {
  const campaignCountry = opts.campaignCountry?.trim() ?? '';
  const last = address.at(-1)?.trim() ?? '';
  const lastRegion = last ? regionOf(last) : '';
  if (isKnownRegion(lastRegion) || (campaignCountry && lastRegion === regionOf(campaignCountry))) {
    return { region: lastRegion, lastLineIsCountry: true };
  }
  const region = !opts.isCopy && campaignCountry ? regionOf(campaignCountry) : HOME_REGION;
  return { region, lastLineIsCountry: false };
}

function isKnownRegion(region: string): boolean {
  return region !== '' && !region.startsWith(UNKNOWN);
}
