import { useTranslation } from 'react-i18next';
import type { LayoutSettings } from '../../../shared/letter/layouts';
import { OffsetField } from './offset-field';

type Offset = LayoutSettings['offsetMm'];

/** The printer's shift, corrected from what the member saw on the test page in their envelope. */
export function FineTune({ offset, onChange }: { offset: Offset; onChange: (offset: Offset) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-group">
      <legend>{t('print.fineTuneLegend')}</legend>
      <p className="hint">{t('printerSetup.fineTuneHint', { down: t('print.down') })}</p>
      <OffsetField
        label={t('print.offsetX')}
        lessLabel={t('print.left')}
        moreLabel={t('print.right')}
        value={offset.x}
        onChange={(x) => onChange({ ...offset, x })}
      />
      <OffsetField
        label={t('print.offsetY')}
        lessLabel={t('print.up')}
        moreLabel={t('print.down')}
        value={offset.y}
        onChange={(y) => onChange({ ...offset, y })}
      />
    </fieldset>
  );
}
