import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalutationPair } from '../../../shared/campaign/schema';

interface SalutationGroupProps {
  pairs: SalutationPair[];
  lang: string;
  value: number;
  onChange: (index: number) => void;
}

/**
 * Each form of address with the closing that belongs to it. The radio's name is the salutation
 * alone ("Dear Mr. President,"); the closing is its description, read after it.
 */
export function SalutationGroup({ pairs, lang, value, onChange }: SalutationGroupProps) {
  const { t } = useTranslation();
  const base = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('letter.salutationLegend')}</legend>
      <div className="choice-group__options">
        {pairs.map((pair, index) => {
          const id = `${base}-${index}`;
          return (
            <label key={id} className="choice" htmlFor={id}>
              <input
                id={id}
                type="radio"
                name={base}
                checked={index === value}
                aria-labelledby={`${id}-salutation`}
                aria-describedby={`${id}-closing`}
                onChange={() => onChange(index)}
              />
              <span className="choice__text">
                <span id={`${id}-salutation`} lang={lang} className="choice__main">
                  {pair.salutation}
                </span>
                <span id={`${id}-closing`} className="choice__hint">
                  {t('letter.closesWith')} <span lang={lang}>{pair.closing}</span>
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
