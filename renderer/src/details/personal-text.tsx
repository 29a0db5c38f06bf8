import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_CHARS = 4000; // as the letter options schema allows

/** A sentence of the member's own, printed after the campaign's text. */
export function PersonalText({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('details.personal')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('details.personalHint')}
      </p>
      <textarea
        id={id}
        className="input textarea"
        rows={4}
        maxLength={MAX_CHARS}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
