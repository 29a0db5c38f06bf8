import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/contract';
import { ImportButtons } from './import-buttons';
import { importText } from './import-text';
import { IMPORT_WARNINGS_ID, ImportWarnings } from './import-warnings';
import { Modal } from './modal';
import { ImportSummary, importCounts } from './import-summary';
import { needsDeliberateChoice } from './update-review';

interface ImportDialogProps {
  preview: ImportPreview;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * What the file would change, before anything changes. An update that replaces a campaign of the
 * app or names another publisher is said in words first, and is replaced only by a deliberate choice.
 */
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

  return (
    <Modal
      labelledBy="import-title"
      describedBy={needsDeliberateChoice(preview) ? `import-counts ${IMPORT_WARNINGS_ID}` : 'import-counts'}
      onCancel={onClose}
      wide={preview.updated.some((update) => update.changes !== undefined)}
    >
      <h2 id="import-title">{t('importing.title')}</h2>
      <p className="file-name">{t('importing.file', { fileName: preview.fileName })}</p>
      <p id="import-counts" className="lead">
        {importCounts(t, preview)}
      </p>
      <ImportWarnings updated={preview.updated} />
      <ImportSummary preview={preview} />
      <ImportButtons preview={preview} busy={busy} onConfirm={onConfirm} onClose={onClose} />
    </Modal>
  );
}
