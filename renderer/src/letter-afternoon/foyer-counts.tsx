import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FOYER_SHEETS } from '../../../shared/mailing/foyer-limits';
import { languageNameIn } from './language-counts';

interface FoyerCountsProps {
  languages: readonly string[];
  counts: Readonly<Record<string, number>>;
  onChange: (lang: string, count: number) => void;
}

/** "12 in German, 8 in French": one number per language of the campaign. */
export function FoyerCounts({ languages, counts, onChange }: FoyerCountsProps) {
  const { t, i18n } = useTranslation('mailing');
  const base = useId();
  return (
    <fieldset className="field-group foyer-counts">
      <legend>{t('foyer.counts')}</legend>
      <div className="foyer-counts__list">
        {languages.map((lang) => (
          <div key={lang} className="field">
            <label htmlFor={`${base}-${lang}`}>{t('foyer.count', { language: languageNameIn(i18n.language, lang) })}</label>
            <input
              id={`${base}-${lang}`}
              type="number"
              className="input input--short"
              min={0}
              max={MAX_FOYER_SHEETS}
              value={counts[lang] ?? 0}
              onChange={(event) => onChange(lang, Math.max(0, Math.min(MAX_FOYER_SHEETS, Math.floor(Number(event.target.value) || 0))))}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
