import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintLogEntry } from '../../../shared/api/contract';
import { api } from '../api';
import { formatDateTime } from '../dates';
import { ReprintChooser } from './reprint-chooser';

/** What was printed or saved for whom, newest first; any entry can be printed again, in part. */
export function PrintLog() {
  const { t, i18n } = useTranslation('batch');
  const [entries, setEntries] = useState<PrintLogEntry[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    void api.listPrintLog().then(setEntries);
  }, []);

  if (!entries) return <p>{t('common.loading')}</p>;
  if (entries.length === 0) return <p>{t('log.none')}</p>;
  return (
    <ul className="card-list">
      {entries.map((entry) => (
        <li key={entry.id} className="group-card">
          <h3 className="group-card__name">{entry.campaignTitle}</h3>
          <p>
            {t('log.summary', {
              group: entry.groupName,
              count: entry.members.length,
              what: t(`log.output.${entry.output}`),
              when: formatDateTime(entry.when, i18n.language),
            })}
          </p>
          {open === entry.id ? (
            <ReprintChooser entry={entry} onClose={() => setOpen(null)} />
          ) : (
            <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(entry.id)}>
              {t('log.reprint')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
