import { useTranslation } from 'react-i18next';
import type { ImportUpdate } from '../../../shared/api/contract';
import { changesAddress, isWarned } from './update-review';

export const IMPORT_WARNINGS_ID = 'import-warnings';

/**
 * Said first, before the details: which updates replace a campaign of the app or name another
 * publisher, in words (the notice's colour only repeats it). The dialog's description points
 * here, so a screen reader reads it as the dialog opens.
 */
export function ImportWarnings({ updated }: { updated: readonly ImportUpdate[] }) {
  const warned = updated.filter(isWarned);
  if (warned.length === 0) return null;
  return (
    <div id={IMPORT_WARNINGS_ID}>
      {warned.map((update, index) => (
        <UpdateWarning key={`${update.id}-${index}`} update={update} />
      ))}
    </div>
  );
}

function UpdateWarning({ update }: { update: ImportUpdate }) {
  const { t } = useTranslation();
  const publisher = update.changes?.publisher;
  return (
    <div className="notice import-warning">
      <h3>{t('importing.warning.heading', { title: update.title })}</h3>
      {update.replacesBundled && <p>{t('importing.warning.bundled')}</p>}
      {update.otherPublisher && publisher && (
        <p>{t('importing.warning.otherPublisher', { after: publisher.after, now: publisher.now })}</p>
      )}
      {changesAddress(update) && <p>{t('importing.warning.address')}</p>}
      <p className="import-warning__advice">{t('importing.warning.advice')}</p>
    </div>
  );
}
