import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewLanguageSource } from './add-language-dialog';

/** How a new language's text comes in: typed later, from the letter's file, or pasted here. */
export function LetterSource({ value, onChange }: { value: NewLanguageSource; onChange: (source: NewLanguageSource) => void }) {
  const { t } = useTranslation('editor');
  const name = useId();
  const textId = useId();
  const kinds = ['typed', 'file', 'text'] as const;
  return (
    <>
      <fieldset className="choice-group">
        <legend>{t('addLanguage.how')}</legend>
        <div className="choice-group__options">
          {kinds.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name={name}
                checked={value.kind === kind}
                onChange={() => onChange(kind === 'text' ? { kind, text: '' } : { kind })}
              />
              <span className="choice__main">{t(`addLanguage.from.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {value.kind === 'text' && (
        <div className="field">
          <label htmlFor={textId}>{t('fromLetter.textLabel')}</label>
          <textarea
            id={textId}
            className="input textarea"
            rows={6}
            value={value.text}
            onChange={(event) => onChange({ kind: 'text', text: event.target.value })}
          />
        </div>
      )}
    </>
  );
}
