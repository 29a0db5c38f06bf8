import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../importing/modal';

interface ConfirmDialogProps {
  title: string;
  question: string;
  confirm: string;
  onConfirm: () => void;
  onKeep: () => void;
}

/** Asks before something is thrown away. "No, keep it" comes first and has focus: Enter by habit loses nothing. */
export function ConfirmDialog({ title, question, confirm, onConfirm, onKeep }: ConfirmDialogProps) {
  const { t } = useTranslation('editor');
  const baseId = useId();
  return (
    <Modal labelledBy={`${baseId}-title`} describedBy={`${baseId}-question`} onCancel={onKeep}>
      <h2 id={`${baseId}-title`}>{title}</h2>
      <p id={`${baseId}-question`}>{question}</p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onKeep}>
          {t('common.keep')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Modal>
  );
}
