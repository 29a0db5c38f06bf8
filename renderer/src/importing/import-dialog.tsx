import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/contract';
import { importText } from './import-text';
import { Modal } from './modal';
import { ImportSummary, importCounts } from './import-summary';

interface ImportDialogProps {
  preview: ImportPreview;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** What the file would change, before anything changes. */
export function ImportDialog({ preview, busy, onConfirm, onClose }: ImportDialogProps) {
  const { t } = useTranslation();

  if (!preview.ok) {
    return (
      <Modal labelledBy="import-title" describedBy="import-problem" onCancel={onClose}>
        <h2 id="import-title">{t('importing.problemTitle')}</h2>
        <p className="file-name">{t('importing.file', { fileName: preview.fileName })}</p>
        <p id="import-problem">{importText(preview.message)}</p>
        <div className="dialog-buttons">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('importing.ok')}
          </button>
        </div>
      </Modal>
    );
  }

  const canImport = preview.added.length + preview.updated.length > 0;
  return (
    <Modal labelledBy="import-title" describedBy="import-counts" onCancel={onClose}>
      <h2 id="import-title">{t('importing.title')}</h2>
      <p className="file-name">{t('importing.file', { fileName: preview.fileName })}</p>
      <p id="import-counts" className="lead">
        {importCounts(t, preview)}
      </p>
      <ImportSummary preview={preview} />
      {canImport ? (
        <div className="dialog-buttons">
          <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => !busy && onConfirm()}>
            {t('importing.import')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('importing.cancel')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('importing.nothingNew')}</p>
          <div className="dialog-buttons">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('importing.ok')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
