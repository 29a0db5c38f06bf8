import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT_IDS, type LayoutId } from '../../../shared/letter/layouts';
import { WindowPicture } from './window-picture';

/** Where the address goes depends on the member's envelopes: said in words, shown in a picture. */
export function WindowChoice({ value, onChange }: { value: LayoutId; onChange: (preset: LayoutId) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{t('print.layoutLegend')}</legend>
      <div className="choice-group__options window-choice">
        {LAYOUT_IDS.map((id) => (
          <label key={id} className="choice window-choice__option">
            <input type="radio" name={name} value={id} checked={id === value} onChange={() => onChange(id)} />
            <WindowPicture layout={id} />
            <span className="choice__text">
              <span className="choice__main">{t(`print.layouts.${id}`)}</span>
              <span className="choice__hint">{t(`printerSetup.layoutHints.${id}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
