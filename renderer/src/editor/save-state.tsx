import { useTranslation } from 'react-i18next';
import type { DraftSaveState } from './use-draft-autosave';

/**
 * "Saved" as a quiet confirmation; "Saving…" for the eye only (read aloud after every pause in
 * typing it would interrupt); a failure said at once, in main's words.
 */
export function SaveState({ state }: { state: DraftSaveState }) {
  const { t } = useTranslation('editor');
  return (
    <div className="editor-save">
      <p role="status" className="save-status">
        {state.kind === 'saved' && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('save.saved')}
          </>
        )}
        {state.kind === 'saving' && <span aria-hidden="true">{t('save.saving')}</span>}
      </p>
      <p role="alert" className="save-status save-status--failed">
        {state.kind === 'failed' && state.message}
      </p>
    </div>
  );
}
