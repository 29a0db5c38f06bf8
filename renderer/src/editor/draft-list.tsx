import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../shared/api/contract';

/** When a draft was last changed, as a member reads a date and time. */
function changedAt(iso: string, language: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(when);
}

/** The campaigns being written: each opens again where the coordinator left it. */
export function DraftList({ drafts, onOpen }: { drafts: DraftSummary[] | null; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('editor');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('start.draftsHeading')}</h2>
      {drafts === null && <p>{t('common.loading')}</p>}
      {drafts?.length === 0 && <p>{t('start.draftsNone')}</p>}
      {drafts && drafts.length > 0 && (
        <ul className="card-list">
          {drafts.map((draft) => {
            const title = draft.title || t('editor.untitled');
            return (
              <li key={draft.id} className="card">
                <span className="card__title">{title}</span>
                <span>{t(`start.origin.${draft.origin.kind}`)}</span>
                <span>{t('start.changed', { date: changedAt(draft.updated, i18n.language) })}</span>
                <button type="button" className="button" aria-label={t('start.continueNamed', { title })} onClick={() => onOpen(draft.id)}>
                  {t('start.continue')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
