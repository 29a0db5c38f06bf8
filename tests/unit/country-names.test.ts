import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCampaign } from '../../shared/campaign/check-campaign';
import { countryCodeOf, countryName } from '../../shared/i18n/country-names';

const BUNDLED = JSON.parse(readFileSync(new URL('../../resources/campaigns/azerbaijan-2020.appeal', import.meta.url), 'utf8')) as Record<string, unknown>;
/** The bundled campaign as an older file would have it: `country` in English, no code. */
function campaign(fields: Record<string, unknown>): Record<string, unknown> {
  const older: Record<string, unknown> = { ...BUNDLED, ...fields };
  if (!('countryCode' in fields)) delete older.countryCode;
  return older;
}

describe('a campaign’s country in the UI language', () => {
  it('names the country from its code in each UI language', () => {
    const azerbaijan = { country: 'Azerbaijan', countryCode: 'AZ' };
    expect(countryName(azerbaijan, 'en')).toBe('Azerbaijan');
    expect(countryName(azerbaijan, 'fr')).toBe('Azerbaïdjan');
    expect(countryName(azerbaijan, 'de')).toBe('Aserbaidschan');
    expect(countryName(azerbaijan, 'it')).toBe('Azerbaigian');
  });

  it('finds the code from the English name when the campaign has none', () => {
    expect(countryCodeOf({ country: 'Azerbaijan' })).toBe('AZ');
    expect(countryName({ country: 'Saudi Arabia' }, 'de')).toBe('Saudi-Arabien');
    expect(countryName({ country: 'Belarus' }, 'fr')).toBe('Biélorussie');
  });

  it('prefers the code to the text, so a campaign written in another language still reads right', () => {
    expect(countryName({ country: 'Aserbaidschan', countryCode: 'AZ' }, 'it')).toBe('Azerbaigian');
  });

  it('shows the campaign’s own text when no country is known by that name or code', () => {
    expect(countryName({ country: 'Tibet' }, 'fr')).toBe('Tibet');
    expect(countryName({ country: 'Tibet', countryCode: 'QQ' }, 'de')).toBe('Tibet');
    expect(countryName({}, 'fr')).toBeUndefined();
    expect(countryName({ country: '  ' }, 'fr')).toBeUndefined();
  });
});

describe('countryCode in a campaign file', () => {
  it('is optional: a campaign without it stays valid', () => {
    expect(checkCampaign(campaign({ id: 'no-code' })).ok).toBe(true);
    expect(checkCampaign(campaign({ id: 'with-code', countryCode: 'AZ' })).ok).toBe(true);
  });

  it('is refused in words when it is not two capital letters', () => {
    const checked = checkCampaign(campaign({ id: 'bad-code', countryCode: 'Azerbaijan' }));
    expect(checked).toMatchObject({ ok: false, problem: { key: 'countryCodeInvalid', params: { value: 'Azerbaijan' } } });
  });
});
