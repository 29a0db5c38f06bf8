import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { updateSession, useLibrarySession } from './library-session';

/**
 * Says calmly what happened to a stored file that could not be read at start-up (kept aside,
 * restored from the backup). The region is in the page from the start so that it is read when
 * the sentences arrive.
 */
export function LibraryProblemsNotice() {
  const { t } = useTranslation('library');
  const { problems } = useLibrarySession();
  const headingId = useId();
  return (
    <div role="status" className="library-problems">
      {problems.length > 0 && (
        <section className="notice" aria-labelledby={headingId}>
          <h2 id={headingId} className="library-problems__heading">
            {t('problems.heading')}
          </h2>
          {problems.map((problem, index) => (
            <p key={index}>{problem}</p>
          ))}
          <button type="button" className="button" onClick={() => updateSession({ problems: [] })}>
            {t('problems.close')}
          </button>
        </section>
      )}
    </div>
  );
}
