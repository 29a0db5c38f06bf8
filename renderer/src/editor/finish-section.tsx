import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { ConfirmDialog } from './confirm-dialog';
import { ProblemList } from './problem-list';
import type { usePublish } from './use-publish';

interface FinishSectionProps {
  title: string;
  /** Pieces of the letter(s) not yet placed: not a problem of the file, but easily forgotten. */
  unplaced: number;
  problems: readonly DraftProblem[];
  publishing: ReturnType<typeof usePublish>;
  onGoTo: (field: string) => void;
  onDelete: () => void;
}

/** The last screen: what still needs doing, then "Save to my letters" and "Share…"; deleting the draft apart. */
export function FinishSection({ title, unplaced, problems, publishing, onGoTo, onDelete }: FinishSectionProps) {
  const { t } = useTranslation('editor');
  const [confirming, setConfirming] = useState(false);
  const { said, setSaid, busy, saveToLetters, share } = publishing;
  const ready = problems.length === 0;
  const guard = (action: () => Promise<void>) => () => {
    if (!ready) setSaid({ ok: false, text: t('finish.notReady', { count: problems.length }) });
    else void action();
  };
  return (
    <>
      {ready ? <p className="finish-ready">{t('finish.ready')}</p> : <ProblemList problems={problems} onGoTo={onGoTo} />}
      {unplaced > 0 && <p className="notice">{t('finish.unplacedLeft', { count: unplaced })}</p>}
      <div className="batch-actions">
        <button type="button" className="button button--big button--primary" aria-disabled={busy} onClick={guard(saveToLetters)}>
          {t('finish.publish')}
        </button>
        <button type="button" className="button button--big" aria-disabled={busy} aria-describedby="finish-share-hint" onClick={guard(share)}>
          {t('finish.share')}
        </button>
      </div>
      <p id="finish-share-hint" className="hint">
        {t('finish.shareHint')}
      </p>
      <div role="status">{said?.ok && <p className="library-message finish-said">{said.text}</p>}</div>
      <div role="alert">{said && !said.ok && <p className="library-error finish-said">{said.text}</p>}</div>
      <h2>{t('finish.deleteHeading')}</h2>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('finish.delete')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('finish.deleteTitle')}
          question={t('finish.deleteQuestion', { title: title || t('editor.untitled') })}
          confirm={t('finish.deleteConfirm')}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onKeep={() => setConfirming(false)}
        />
      )}
    </>
  );
}
