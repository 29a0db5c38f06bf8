/**
 * A campaign's country as the member reads it: by its name in the UI language ("Azerbaïdjan" in
 * French), from the campaign's ISO 3166-1 alpha-2 `countryCode`. Campaigns written before the
 * code existed name the country in English only; that name gives the code when the runtime knows
 * it as a country, and is shown as written when it does not (a region with no code of its own).
 */
import { regionOf } from '../letter/countries';

/** The format's shape of a code: two capital letters (campaign-format.md, `countryCode`). */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

export interface CountryOfCampaign {
  country?: string | undefined;
  countryCode?: string | undefined;
}

/**
 * The campaign's country code: its own, else the one its `country` text names. The text is
 * matched through the letter languages' region names, computed from the runtime (countries.ts),
 * so "Azerbaijan" and "Aserbaidschan" both give "AZ" and nothing is a hand-written table.
 */
export function countryCodeOf(campaign: CountryOfCampaign): string | undefined {
  const own = campaign.countryCode?.trim().toUpperCase();
  if (own && COUNTRY_CODE.test(own)) return own;
  const text = campaign.country?.trim();
  if (!text) return undefined;
  const region = regionOf(text);
  return COUNTRY_CODE.test(region) ? region : undefined;
}

/** The country's name in `uiLang`, or the campaign's own text when the runtime has no name for it. */
export function countryName(campaign: CountryOfCampaign, uiLang: string): string | undefined {
  const code = countryCodeOf(campaign);
  const named = code ? regionName(code, uiLang) : undefined;
  return named ?? (campaign.country?.trim() || undefined);
}

function regionName(code: string, uiLang: string): string | undefined {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    return undefined; // a malformed UI language: the campaign's own text is still right
  }
}
