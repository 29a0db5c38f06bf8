import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../language-names';

/** The languages the app can read a letter in; '' lets it find out from the letter's words. */
export const READABLE_LANGUAGES = ['', 'de', 'fr', 'it', 'en'] as const;

/** "Language of the letter": one of the four the app reads, or "Find out from the letter". */
export function LetterLanguageChoice({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation('editor');
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('fromLetter.languageLegend')}</legend>
      <div className="choice-group__options choice-group__options--inline">
        {READABLE_LANGUAGES.map((code) => (
          <label key={code || 'detect'} className="choice">
            <input type="radio" name={name} checked={value === code} onChange={() => onChange(code)} />
            <span className="choice__main" lang={code || undefined}>
              {code ? languageName(code) : t('fromLetter.detect')}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
