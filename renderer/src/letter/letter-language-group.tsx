import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../language-names';

interface LetterLanguageGroupProps {
  languages: string[];
  value: string;
  onChange: (lang: string) => void;
}

/** The language the letter is written in (not the app's): each named in itself. */
export function LetterLanguageGroup({ languages, value, onChange }: LetterLanguageGroupProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('letter.languageLegend')}</legend>
      {languages.length === 1 && <p className="hint">{t('letter.onlyLanguage')}</p>}
      <div className="choice-group__options">
        {languages.map((lang) => (
          <label key={lang} className="choice">
            <input type="radio" name={name} value={lang} checked={lang === value} onChange={() => onChange(lang)} />
            <span lang={lang} className="choice__main">
              {languageName(lang)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
