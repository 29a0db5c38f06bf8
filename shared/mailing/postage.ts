/**
 * What a stamp costs, in Swiss francs. The campaign says it in words per language ("Brief ins
 * Ausland: CHF 2.50"); for the other destinations (the embassy in Bern) the coordinator keeps a
 * price per country, with one for Switzerland and one for everywhere else.
 */
import { HOME_REGION } from '../letter/countries';

export interface PostagePrices {
  /** A letter inside Switzerland (A-Post, standard letter). */
  home: number;
  /** A standard letter abroad, where neither the campaign nor `byRegion` says otherwise. */
  abroad: number;
  /** Prices the coordinator set for one country (ISO region code → CHF). */
  byRegion: Record<string, number>;
}

/**
 * Swiss Post's standard letter prices as the coordinator finds them at first; they are editable,
 * because prices change and some groups post B-Post.
 */
export const DEFAULT_POSTAGE: PostagePrices = { home: 1.2, abroad: 2.5, byRegion: {} };

/** "CHF 2.50", "2,50 CHF", "Fr. 2.50", "SFr. 2.–": the amount, or undefined when the text names none. */
export function chfInText(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const amount = String.raw`(\d{1,3})(?:[.,](\d{1,2}|[-–—]))?`;
  const match =
    new RegExp(String.raw`(?:CHF|S?Fr\.)\s*${amount}`, 'i').exec(text) ?? new RegExp(String.raw`${amount}\s*(?:CHF|S?Fr\.)`, 'i').exec(text);
  if (!match) return undefined;
  const francs = Number(match[1]);
  const cents = match[2] && /^\d+$/.test(match[2]) ? Number(match[2].padEnd(2, '0')) : 0;
  return francs + cents / 100;
}

export type PriceSource = 'campaign' | 'country' | 'home' | 'abroad';

/**
 * The price of one letter to `region`: the coordinator's price for that country, else the price
 * the campaign names (`campaignText`, given for the letter to the recipient only), else the home or
 * abroad default.
 */
export function stampPrice(region: string, campaignText: string | undefined, prices: PostagePrices): { chf: number; source: PriceSource } {
  const own = prices.byRegion[region];
  if (own !== undefined) return { chf: own, source: 'country' };
  const fromCampaign = chfInText(campaignText);
  if (fromCampaign !== undefined) return { chf: fromCampaign, source: 'campaign' };
  return region === HOME_REGION ? { chf: prices.home, source: 'home' } : { chf: prices.abroad, source: 'abroad' };
}

/** Francs with two decimals, as on a Swiss price tag ("2.50"). */
export function formatChf(chf: number): string {
  return (Math.round(chf * 100) / 100).toFixed(2);
}
