import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBringIntoView } from '../announcer';
import type { SaveState } from './use-profile';

/** A quiet confirmation under the form; a failure is said at once, and scrolled into the window. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const failure = useRef<HTMLParagraphElement>(null);
  useBringIntoView(failure, state === 'failed');
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
      <p role="alert" className="save-status save-status--failed" ref={failure}>
        {state === 'failed' && t('details.saveFailed')}
      </p>
    </>
  );
}
