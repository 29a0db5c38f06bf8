import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-profile';

/** A quiet confirmation under the form; a failure is said at once. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" className="save-status">
        {state === 'saved' && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('details.saved')}
          </>
        )}
      </p>
      <p role="alert" className="save-status save-status--failed">
        {state === 'failed' && t('details.saveFailed')}
      </p>
    </>
  );
}
