import { useTranslation } from 'react-i18next';
import { languageName } from '../language-names';
import { useLanguageWords } from './language-words';

interface LanguageBarProps {
  languages: readonly string[];
  current: string | undefined;
  onSelect: (code: string) => void;
  onAdd: () => void;
  onRemove: (code: string) => void;
}

/** The letter's languages, the one being written pressed; add another, or remove this one. */
export function LanguageBar({ languages, current, onSelect, onAdd, onRemove }: LanguageBarProps) {
  const { t } = useTranslation('editor');
  const inWords = useLanguageWords();
  return (
    <div className="language-bar" role="group" aria-label={t('languages.label')}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          className="button language-bar__language"
          lang={code}
          aria-pressed={code === current}
          onClick={() => onSelect(code)}
        >
          {languageName(code)}
        </button>
      ))}
      <button type="button" className="button" onClick={onAdd}>
        {t('languages.add')}
      </button>
      {current && (
        <button type="button" className="button" onClick={() => onRemove(current)}>
          {t('languages.remove', { language: inWords(current) })}
        </button>
      )}
    </div>
  );
}
