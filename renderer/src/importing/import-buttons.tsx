import { useTranslation } from 'react-i18next';
import { TrustedReplace } from './trusted-replace';
import { changesAddress, isWarned, needsDeliberateChoice, type OkPreview } from './update-review';

interface ImportButtonsProps {
  preview: OkPreview;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** The way out of the preview: Import and Cancel, a deliberate Replace after a warning, or OK when nothing is new. */
export function ImportButtons({ preview, busy, onConfirm, onClose }: ImportButtonsProps) {
  const { t } = useTranslation();

  if (needsDeliberateChoice(preview)) {
    const label = preview.updated.some((update) => isWarned(update) && changesAddress(update))
      ? t('importing.warning.trustAddress')
      : t('importing.warning.trustCampaign');
    // Keyed by the file: a file opened while the dialog shows another starts unticked.
    return <TrustedReplace key={preview.token} label={label} busy={busy} onConfirm={onConfirm} onClose={onClose} />;
  }

  if (preview.added.length + preview.updated.length === 0) {
    return (
      <>
        <p>{t('importing.nothingNew')}</p>
        <div className="dialog-buttons">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('importing.ok')}
          </button>
        </div>
      </>
    );
  }

  return (
    <div className="dialog-buttons">
      <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => !busy && onConfirm()}>
        {t('importing.import')}
      </button>
      <button type="button" className="button" onClick={onClose}>
        {t('importing.cancel')}
      </button>
    </div>
  );
}
