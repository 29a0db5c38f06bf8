import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../shared/letter/options';
import { MissingText } from '../check-and-print/missing-details';
import { Modal } from '../importing/modal';

interface AskMissingDialogProps {
  missing: (keyof SenderProfile)[];
  /** Printing or saving a file: the question and the button say which. */
  action: 'print' | 'save';
  onGoAhead: () => void;
  onEdit: () => void;
  onCancel: () => void;
}

/**
 * Before a letter leaves a shared computer without its writer's address: the page says it is
 * missing, so printing does not simply go ahead — the member decides, in plain words.
 */
export function AskMissingDialog({ missing, action, onGoAhead, onEdit, onCancel }: AskMissingDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  return (
    <Modal labelledBy={titleId} describedBy={textId} onCancel={onCancel}>
      <h2 id={titleId}>{t('askMissing.heading')}</h2>
      <div id={textId}>
        <p>
          <MissingText missing={missing} />
        </p>
        <p>{t(action === 'print' ? 'askMissing.questionPrint' : 'askMissing.questionSave')}</p>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="button button--primary" data-autofocus onClick={onEdit}>
          {t('askMissing.edit')}
        </button>
        <button type="button" className="button" onClick={onGoAhead}>
          {t(action === 'print' ? 'askMissing.print' : 'askMissing.save')}
        </button>
      </div>
    </Modal>
  );
}
