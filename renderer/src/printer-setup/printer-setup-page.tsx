import { useTranslation } from 'react-i18next';
import type { LayoutSettings } from '../../../shared/letter/layouts';
import { CheckboxField } from '../fields/checkbox-field';
import { ScreenHeading } from '../screen-heading';
import { FineTune } from './fine-tune';
import { TestPageSection } from './test-page-section';
import { WindowChoice } from './window-choice';
import './printer-setup.css';

interface PrinterSetupPageProps {
  layout: LayoutSettings;
  /** Saved at once in the app's settings: every later letter starts from it. */
  onChange: (layout: LayoutSettings) => void;
  onBack: () => void;
}

/** "Envelope and printer": set once, remembered — the window's side, the printer's shift, fold marks, a test page. */
export function PrinterSetupPage({ layout, onChange, onBack }: PrinterSetupPageProps) {
  const { t } = useTranslation();
  const change = (patch: Partial<LayoutSettings>) => onChange({ ...layout, ...patch });
  const back = (
    <button type="button" className="button" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('printerSetup.back')}
    </button>
  );
  return (
    <main id="printer-setup" className="workspace printer-setup" tabIndex={-1}>
      <div className="printer-setup__top">{back}</div>
      <ScreenHeading focusOnMount>{t('printerSetup.heading')}</ScreenHeading>
      <p className="lead">{t('printerSetup.intro')}</p>
      <WindowChoice value={layout.preset} onChange={(preset) => change({ preset })} />
      <TestPageSection layout={layout} />
      <FineTune offset={layout.offsetMm} onChange={(offsetMm) => change({ offsetMm })} />
      <CheckboxField
        label={t('print.foldMarks')}
        hint={t('print.foldMarksHint')}
        checked={layout.foldMarks}
        onChange={(foldMarks) => change({ foldMarks })}
      />
      {back}
    </main>
  );
}
