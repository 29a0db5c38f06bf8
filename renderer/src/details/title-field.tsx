import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TITLE_KEYS, titleKeyOf } from '../../../shared/letter/sender-title';

const LABELS = { female: 'details.titleFemale', male: 'details.titleMale', ms: 'details.titleMs' } as const;

interface TitleFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The member's title, picked rather than typed: each letter prints it in its own language (Frau,
 * Mme, Signora, Mrs). A title saved as text before ("Frau") shows as the title it means; one the
 * app does not know ("Dr.") stays offered as written, so opening the form never changes a letter.
 * Memoised: typing into the other fields does not change it.
 */
export const TitleField = memo(function TitleField({ value, onChange }: TitleFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const key = titleKeyOf(value);
  const own = key === undefined && value.trim() !== '' ? value : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{t('details.title')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('details.titleHint')}
      </p>
      <select id={id} className="input input--short" aria-describedby={`${id}-hint`} value={key ?? own ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('details.titleNone')}</option>
        {TITLE_KEYS.map((title) => (
          <option key={title} value={title}>
            {t(LABELS[title])}
          </option>
        ))}
        {own !== undefined && <option value={own}>{own}</option>}
      </select>
    </div>
  );
});
