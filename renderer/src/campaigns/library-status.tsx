import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { cardIdOf } from './campaign-order';
import { libraryChanged } from './library-events';
import { updateSession, useLibrarySession } from './library-session';
import { focusWhenShown } from './pending-focus';

/**
 * What the last change to the library did, on the list: "Deleted: … [Undo]", "Saved: …".
 * One polite live region, always in the page; undo brings the campaign back and focuses it.
 */
export function LibraryStatus() {
  const { t } = useTranslation('library');
  const { deleted, message } = useLibrarySession();
  const [failure, setFailure] = useState('');

  const undo = async () => {
    if (!deleted) return;
    try {
      const result = await api.undoRemoveCampaign({ id: deleted.id });
      if (!result.ok) {
        updateSession({ deleted: null });
        setFailure(result.message);
        return;
      }
      await libraryChanged();
      setFailure('');
      updateSession({ deleted: null, message: t('remove.undone', { title: deleted.title }) });
      focusWhenShown(cardIdOf(deleted.id));
    } catch {
      setFailure(t('actions.failed'));
    }
  };

  return (
    <>
      <div role="status" className="library-status">
        {deleted ? (
          <div className="notice library-status__notice">
            <span>{t('remove.done', { title: deleted.title })}</span>
            <button
              type="button"
              className="button"
              aria-label={t('remove.undoNamed', { title: deleted.title })}
              onClick={() => void undo()}
            >
              {t('remove.undo')}
            </button>
          </div>
        ) : (
          message && <p className="library-message">{message}</p>
        )}
      </div>
      <div role="alert" className="library-status">
        {failure && <p className="library-error">{failure}</p>}
      </div>
    </>
  );
}
