import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignSchema, type Campaign } from '../../shared/campaign/schema';
import { mailedLetters, mailingSummary } from '../../shared/mailing/mailing-summary';
import { DEFAULT_POSTAGE, chfInText } from '../../shared/mailing/postage';

const FILE = new URL('../../resources/campaigns/azerbaijan-2020.appeal', import.meta.url);
const bundled = campaignSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));

/** A group of 7: four write in German, two in French, one in Italian. */
const GROUP_LANGUAGES = ['de', 'de', 'fr', 'it', 'de', 'fr', 'de'];

describe('mailing summary: where the letters go and which stamps to buy', () => {
  it('counts each member letter to Baku and each embassy copy to Bern, by language', () => {
    const summary = mailingSummary(bundled, mailedLetters(bundled, GROUP_LANGUAGES, true), DEFAULT_POSTAGE);
    expect(summary.letters).toBe(14);
    const [baku, bern] = summary.destinations;
    expect(baku).toMatchObject({ to: 'recipient', name: 'Ilham Aliyev', town: '1066 Baku', region: 'AZ', letters: 7 });
    expect(baku?.byLanguage).toEqual({ de: 4, fr: 2, it: 1 });
    expect(bern).toMatchObject({ to: 0, name: 'Hanum Ibrahimova', town: '3006 Bern', region: 'CH', letters: 7 });
  });

  it('prices the letter abroad from the campaign and the embassy copy at the home rate, with the total in CHF', () => {
    const summary = mailingSummary(bundled, mailedLetters(bundled, GROUP_LANGUAGES, true), DEFAULT_POSTAGE);
    expect(summary.stamps).toEqual([
      { chf: 2.5, count: 7 },
      { chf: 1.2, count: 7 },
    ]);
    expect(summary.destinations[0]?.priceSource).toBe('campaign');
    expect(summary.totalChf).toBe(25.9);
    expect(summary.deadline).toBe(bundled.deadline);
  });

  it('uses the price the coordinator set for a country over the campaign line', () => {
    const prices = { ...DEFAULT_POSTAGE, byRegion: { AZ: 3.2 } };
    const summary = mailingSummary(bundled, mailedLetters(bundled, ['de', 'fr'], false), prices);
    expect(summary.letters).toBe(2);
    expect(summary.stamps).toEqual([{ chf: 3.2, count: 2 }]);
    expect(summary.totalChf).toBe(6.4);
  });

  it('falls back to the abroad default when the campaign names no price', () => {
    const languages = Object.fromEntries(Object.entries(bundled.languages).map(([lang, text]) => [lang, { ...text, postage: undefined }]));
    const campaign: Campaign = { ...bundled, languages };
    const summary = mailingSummary(campaign, mailedLetters(campaign, ['it'], false), { ...DEFAULT_POSTAGE, abroad: 2.3 });
    expect(summary.stamps).toEqual([{ chf: 2.3, count: 1 }]);
    expect(summary.destinations[0]?.priceSource).toBe('abroad');
  });

  it('reads a price however the campaign writes it', () => {
    expect(chfInText('Brief ins Ausland: CHF 2.50')).toBe(2.5);
    expect(chfInText("Lettre pour l'étranger\u00a0: 2,50 CHF")).toBe(2.5);
    expect(chfInText('Porto Fr. 1.20')).toBe(1.2);
    expect(chfInText('SFr. 2.–')).toBe(2);
    expect(chfInText('International letter')).toBeUndefined();
  });
});
