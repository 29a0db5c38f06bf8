import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearCountResult } from '../../../shared/api/contract';
import { useAnnouncer } from '../announcer';
import { api } from '../api';

/**
 * "You have written 9 letters this year", and the campaigns taken part in. For a coordinator, the
 * year's counts as CSV for the organisation. Counts only: the record holds no names.
 */
export function LettersThisYear({ forCoordinator = false }: { forCoordinator?: boolean }) {
  const { t } = useTranslation('mailing');
  const { status, error } = useAnnouncer();
  const [count, setCount] = useState<YearCountResult | null>(null);
  const year = new Date().getFullYear();

  useEffect(() => {
    let live = true;
    api
      .lettersSentInYear({ year })
      .then((result) => live && setCount(result))
      .catch(() => live && setCount(null));
    return () => {
      live = false;
    };
  }, [year]);

  if (!count || (count.letters === 0 && !forCoordinator)) return null;

  const exportCsv = async () => {
    const result = await api.exportLettersSentCsv({ year });
    if (result.status === 'saved') status(t('sent.csvSaved', { name: result.fileName }));
    else if (result.status === 'failed') error(t('sent.csvFailed'));
  };

  return (
    <section className="letters-sent" aria-label={t('sent.heading')}>
      <p className="letters-sent__count">{count.letters > 0 ? t('sent.thisYear', { count: count.letters }) : t('sent.none')}</p>
      {count.campaigns.length > 0 && (
        <ul className="letters-sent__campaigns" aria-label={t('sent.campaigns')}>
          {count.campaigns.map((c) => (
            <li key={c.campaignId}>{t('sent.campaignLine', { title: c.campaignTitle, count: c.letters })}</li>
          ))}
        </ul>
      )}
      {forCoordinator && count.letters > 0 && (
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('sent.exportCsv')}
        </button>
      )}
    </section>
  );
}
