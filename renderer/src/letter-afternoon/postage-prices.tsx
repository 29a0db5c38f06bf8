import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostagePricesResult } from '../../../shared/api/contract';
import { api } from '../api';

/** What the fields show: francs as typed ("1.20", "1,20"); a country's field empty = no price of its own. */
type Typed = { home: string; abroad: string; byRegion: Record<string, string> };

const shown = (chf: number | undefined) => (chf === undefined ? '' : chf.toFixed(2));
const francs = (text: string): number | null => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
};

/**
 * Prices change and some groups post B-Post: a letter in Switzerland, one abroad, and one per
 * country the letters go to (the campaign's price for its country until the coordinator sets one).
 */
export function PostagePrices({ regions, onChanged }: { regions: readonly string[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation('mailing');
  const id = useId();
  const [typed, setTyped] = useState<Typed | null>(null);

  useEffect(() => {
    void api.getPostagePrices().then((p: PostagePricesResult) =>
      setTyped({ home: shown(p.home), abroad: shown(p.abroad), byRegion: Object.fromEntries(Object.entries(p.byRegion).map(([r, chf]) => [r, shown(chf)])) }),
    );
  }, []);

  const save = async (next: Typed) => {
    setTyped(next);
    const home = francs(next.home);
    const abroad = francs(next.abroad);
    if (home === null || abroad === null) return;
    const byRegion: Record<string, number> = {};
    for (const [region, text] of Object.entries(next.byRegion)) {
      const chf = francs(text);
      if (chf !== null) byRegion[region] = chf;
    }
    await api.savePostagePrices({ home, abroad, byRegion });
    onChanged();
  };

  if (!typed) return null;
  const countryName = (region: string) => new Intl.DisplayNames([i18n.language], { type: 'region' }).of(region) ?? region;
  const field = (key: string, label: string, value: string, change: (text: string) => Typed) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} className="input input--short" inputMode="decimal" value={value} onChange={(event) => void save(change(event.target.value))} />
    </div>
  );
  return (
    <details className="postage-prices">
      <summary>{t('summary.prices')}</summary>
      <p className="hint">{t('summary.pricesHint')}</p>
      {field('home', t('summary.home'), typed.home, (home) => ({ ...typed, home }))}
      {field('abroad', t('summary.abroad'), typed.abroad, (abroad) => ({ ...typed, abroad }))}
      {regions.map((region) =>
        field(region, t('summary.toCountry', { country: countryName(region) }), typed.byRegion[region] ?? '', (text) => ({
          ...typed,
          byRegion: { ...typed.byRegion, [region]: text },
        })),
      )}
    </details>
  );
}
