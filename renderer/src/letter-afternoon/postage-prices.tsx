import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

/** Prices change and some groups post B-Post: the two prices a coordinator may set, in francs. */
export function PostagePrices({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('mailing');
  const id = useId();
  const [prices, setPrices] = useState<{ home: string; abroad: string } | null>(null);

  useEffect(() => {
    void api.getPostagePrices().then((p) => setPrices({ home: p.home.toFixed(2), abroad: p.abroad.toFixed(2) }));
  }, []);

  const save = async (next: { home: string; abroad: string }) => {
    setPrices(next);
    const home = Number(next.home.replace(',', '.'));
    const abroad = Number(next.abroad.replace(',', '.'));
    if (!Number.isFinite(home) || !Number.isFinite(abroad) || home < 0 || abroad < 0) return;
    const current = await api.getPostagePrices();
    await api.savePostagePrices({ ...current, home, abroad });
    onChanged();
  };

  if (!prices) return null;
  const field = (which: 'home' | 'abroad') => (
    <div className="field">
      <label htmlFor={`${id}-${which}`}>{t(`summary.${which}`)}</label>
      <input
        id={`${id}-${which}`}
        className="input input--short"
        inputMode="decimal"
        value={prices[which]}
        onChange={(event) => void save({ ...prices, [which]: event.target.value })}
      />
    </div>
  );
  return (
    <details className="postage-prices">
      <summary>{t('summary.prices')}</summary>
      <p className="hint">{t('summary.pricesHint')}</p>
      {field('home')}
      {field('abroad')}
    </details>
  );
}
