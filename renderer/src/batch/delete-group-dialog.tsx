import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../importing/modal';

/**
 * Asks before a group is deleted, saying all it takes away: its members leave the print log too,
 * and Undo does not bring them back there. "Keep it" comes first and has focus: Enter by habit
 * deletes nothing.
 */
export function DeleteGroupDialog({ name, onDelete, onKeep }: { name: string; onDelete: () => void; onKeep: () => void }) {
  const { t } = useTranslation('help');
  const { t: tBatch } = useTranslation('batch');
  const baseId = useId();
  return (
    <Modal labelledBy={`${baseId}-title`} describedBy={`${baseId}-question`} onCancel={onKeep}>
      <h2 id={`${baseId}-title`}>{t('confirm.deleteGroupTitle')}</h2>
      <p id={`${baseId}-question`}>{tBatch('groups.deleteQuestion', { name })}</p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onKeep}>
          {t('confirm.keep')}
        </button>
        <button type="button" className="button button--primary" onClick={onDelete}>
          {t('confirm.delete')}
        </button>
      </div>
    </Modal>
  );
}
