import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchSettings } from '../../../shared/members/batch-letters';

/** One language for every letter, or each member's own (the list's language column) where offered. */
export function LanguageMode({ value, onChange }: { value: BatchSettings['langMode']; onChange: (mode: BatchSettings['langMode']) => void }) {
  const { t } = useTranslation('batch');
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('prepare.langModeLegend')}</legend>
      <div className="choice-group__options">
        {(['one', 'own'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name={name} checked={value === mode} onChange={() => onChange(mode)} />
            <span className="choice__text">
              <span className="choice__main">{t(`prepare.langMode.${mode}`)}</span>
              <span className="choice__hint">{t(`prepare.langModeHint.${mode}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
