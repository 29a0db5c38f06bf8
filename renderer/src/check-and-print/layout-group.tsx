import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT_IDS, type LayoutId } from '../../../shared/letter/layouts';

/** Where the address goes depends on the envelope the member has. */
export function LayoutGroup({ value, onChange }: { value: LayoutId; onChange: (preset: LayoutId) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('print.layoutLegend')}</legend>
      <div className="choice-group__options">
        {LAYOUT_IDS.map((id) => (
          <label key={id} className="choice">
            <input type="radio" name={name} value={id} checked={id === value} onChange={() => onChange(id)} />
            <span className="choice__main">{t(`print.layouts.${id}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
