/**
 * How many letters go where, and how many stamps of which price to buy: for a group's batch or a
 * set of foyer sheets. Counted from what is printed (each letter and each embassy copy), priced
 * from the campaign's postage line or the coordinator's prices (postage.ts).
 */
import { letterTextFor } from '../letter/compose';
import { addresseeCountry } from '../letter/countries';
import type { Campaign } from '../campaign/schema';
import { stampPrice, type PostagePrices, type PriceSource } from './postage';

/** One printed letter: in which language, and to whom (the recipient, or copy number n). */
export interface MailedLetter {
  lang: string;
  to: 'recipient' | number;
}

export interface DestinationCount {
  to: 'recipient' | number;
  /** The addressee's name and the address line with the town, to write on a list or a parcel. */
  name: string;
  town: string;
  region: string;
  letters: number;
  /** Letters per language (a stamp price may differ by the campaign's line per language). */
  byLanguage: Record<string, number>;
  /** The price of one stamp for this destination, and where that price came from. */
  stampChf: number;
  priceSource: PriceSource;
}

export interface StampCount {
  chf: number;
  count: number;
}

export interface MailingSummary {
  letters: number;
  destinations: DestinationCount[];
  /** Stamps to buy, dearest first. */
  stamps: StampCount[];
  totalChf: number;
  deadline?: string;
}

export function mailingSummary(campaign: Campaign, mailed: readonly MailedLetter[], prices: PostagePrices): MailingSummary {
  const destinations = new Map<string, DestinationCount>();
  const stamps = new Map<number, number>();
  for (const letter of mailed) {
    const person = letter.to === 'recipient' ? campaign.recipient : campaign.copies?.[letter.to];
    if (!person) continue;
    const { region } = addresseeCountry(person.address, { campaignCountry: campaign.country, isCopy: letter.to !== 'recipient' });
    // The campaign's postage line is the recipient's price; copies use the coordinator's prices.
    const postageText = letter.to === 'recipient' ? letterTextFor(campaign, letter.lang).text.postage : undefined;
    const price = stampPrice(region, postageText, prices);
    const key = `${String(letter.to)}@${price.chf}`;
    const entry = destinations.get(key) ?? {
      to: letter.to,
      name: person.name,
      town: townLine(person.address),
      region,
      letters: 0,
      byLanguage: {},
      stampChf: price.chf,
      priceSource: price.source,
    };
    entry.letters += 1;
    entry.byLanguage[letter.lang] = (entry.byLanguage[letter.lang] ?? 0) + 1;
    destinations.set(key, entry);
    stamps.set(price.chf, (stamps.get(price.chf) ?? 0) + 1);
  }
  const stampList = [...stamps].map(([chf, count]) => ({ chf, count })).sort((a, b) => b.chf - a.chf);
  return {
    letters: mailed.length,
    destinations: [...destinations.values()],
    stamps: stampList,
    // Summed in centimes: 0.1 + 0.2 must not print as 0.30000000000000004.
    totalChf: stampList.reduce((sum, stamp) => sum + Math.round(stamp.chf * 100) * stamp.count, 0) / 100,
    ...(campaign.deadline ? { deadline: campaign.deadline } : {}),
  };
}

/** The line with the postcode and town ("3006 Bern", "1066 Baku"), else the last line. */
function townLine(address: readonly string[]): string {
  return [...address].reverse().find((line) => /\d{3,}/.test(line)) ?? address.at(-1) ?? '';
}

/** The letters of a batch: each member's letter in its language, and the copies when asked for. */
export function mailedLetters(campaign: Campaign, languages: readonly string[], withCopies: boolean): MailedLetter[] {
  const copies = withCopies ? (campaign.copies ?? []).length : 0;
  return languages.flatMap((lang) => [
    { lang, to: 'recipient' as const },
    ...Array.from({ length: copies }, (_, index) => ({ lang, to: index })),
  ]);
}
