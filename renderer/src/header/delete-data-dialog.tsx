import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeleteResult } from '../../../shared/api/contract';
import { api } from '../api';
import { Modal } from '../importing/modal';
import type { DataToDelete } from './your-data-section';

interface DeleteDataDialogProps {
  what: DataToDelete;
  /** After "Delete all my data": what the screens hold in memory is forgotten too. */
  onAllDeleted: () => Promise<void>;
  /** Back to Settings (Cancel), or out of Settings once the data is gone (Close). */
  onCancel: () => void;
  onDone: () => void;
}

const KEYS = { printLog: 'deleteLog', all: 'deleteAll' } as const;

/** Main answers a failure with a word (never the error's text, which names the folder). */
function failureKey(result: Extract<DeleteResult, { ok: false }>): 'failed.inUse' | 'failed.notAllowed' | 'failed.other' {
  if (result.message === 'in-use') return 'failed.inUse';
  if (result.message === 'not-allowed') return 'failed.notAllowed';
  return 'failed.other';
}

/**
 * Asks before the member's data is deleted, says what goes and what stays, then that it is gone.
 * Cancel comes first and has focus: Enter by habit deletes nothing.
 */
export function DeleteDataDialog({ what, onAllDeleted, onCancel, onDone }: DeleteDataDialogProps) {
  const { t } = useTranslation('privacy');
  const baseId = useId();
  const [phase, setPhase] = useState<'ask' | 'done'>('ask');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const key = KEYS[what];

  const remove = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const result = what === 'all' ? await api.deleteAllData() : await api.deletePrintLog();
      if (!result.ok) return setProblem(t(failureKey(result)));
      if (what === 'all') await onAllDeleted();
      setPhase('done');
    } catch {
      setProblem(t('failed.other'));
    } finally {
      busy.current = false;
    }
  };

  if (phase === 'done') {
    return (
      <Modal key="done" labelledBy={`${baseId}-done`} describedBy={`${baseId}-said`} onCancel={onDone}>
        <h2 id={`${baseId}-done`}>{t(`${key}.doneTitle`)}</h2>
        <p id={`${baseId}-said`}>{t(`${key}.done`)}</p>
        <div className="dialog-buttons">
          <button type="button" className="button button--primary" onClick={onDone}>
            {t('close')}
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal key="ask" labelledBy={`${baseId}-title`} describedBy={`${baseId}-gone ${baseId}-stays`} onCancel={onCancel}>
      <h2 id={`${baseId}-title`}>{t(`${key}.title`)}</h2>
      <p id={`${baseId}-gone`}>
        {t(`${key}.gone`)} <strong>{t('cannotUndo')}</strong>
      </p>
      <p id={`${baseId}-stays`}>{t(`${key}.stays`)}</p>
      {problem && (
        <p className="message message--error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t('cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void remove()}>
          {t(`${key}.confirm`)}
        </button>
      </div>
    </Modal>
  );
}
