import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, UI_LANGUAGE_NAMES, currentUiLanguage, isUiLanguage, type UiLanguage } from '../i18n';

export function LanguageSelect({ onChange }: { onChange: (lang: UiLanguage) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="header-control">
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        className="select"
        value={currentUiLanguage()}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {UI_LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
