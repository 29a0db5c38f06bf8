import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../importing/modal';

interface DeleteDialogProps {
  title: string;
  busy: boolean;
  onDelete: () => void;
  onKeep: () => void;
}

/** Asks before deleting. "Keep it" comes first and has focus: Enter pressed by habit deletes nothing. */
export function DeleteDialog({ title, busy, onDelete, onKeep }: DeleteDialogProps) {
  const { t } = useTranslation('library');
  const baseId = useId();
  return (
    <Modal labelledBy={`${baseId}-title`} describedBy={`${baseId}-question`} onCancel={onKeep}>
      <h2 id={`${baseId}-title`}>{t('remove.title')}</h2>
      <p id={`${baseId}-question`}>{t('remove.question', { title })}</p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onKeep}>
          {t('remove.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy}
          aria-describedby={busy ? `${baseId}-busy` : undefined}
          onClick={() => !busy && onDelete()}
        >
          {t('remove.confirm')}
        </button>
      </div>
      {busy && (
        <p id={`${baseId}-busy`} className="control-reason">
          {t('remove.busy')}
        </p>
      )}
    </Modal>
  );
}
