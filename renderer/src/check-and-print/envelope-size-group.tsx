import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENVELOPE_SIZE_IDS, ENVELOPE_SIZES, type EnvelopeSizeId } from '../../../shared/envelope/sizes';

/** The envelope's name as on the packet (C5, C6/5, DL), with its size and what it holds. */
export function EnvelopeSizeGroup({ value, onChange }: { value: EnvelopeSizeId; onChange: (size: EnvelopeSizeId) => void }) {
  const { t } = useTranslation('output');
  const name = useId();
  return (
    <fieldset className="choice-group" aria-describedby={`${name}-hint`}>
      <legend>{t('envelope.sizeLegend')}</legend>
      <p id={`${name}-hint`} className="hint">
        {t('envelope.sizeHint')}
      </p>
      <div className="choice-group__options">
        {ENVELOPE_SIZE_IDS.map((id) => (
          <label key={id} className="choice">
            <input type="radio" name={name} value={id} checked={id === value} onChange={() => onChange(id)} />
            <span className="choice__text">
              <span className="choice__main">{ENVELOPE_SIZES[id].name}</span>
              <span className="choice__hint">{t(`envelope.sizes.${id}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
