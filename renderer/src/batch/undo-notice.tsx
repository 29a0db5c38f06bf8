import { useTranslation } from 'react-i18next';

/** "… was removed. [Undo]": said by screen readers, and the Undo button right beside the words. */
export function UndoNotice({ text, onUndo }: { text: string; onUndo: (() => void) | null }) {
  const { t } = useTranslation('batch');
  return (
    <div className="undo-notice" role="status">
      {onUndo && (
        <>
          <span>{text}</span>
          <button type="button" className="button" onClick={onUndo}>
            {t('common.undo')}
          </button>
        </>
      )}
    </div>
  );
}
