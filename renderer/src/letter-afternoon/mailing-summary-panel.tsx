import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCount } from '../../../shared/api/contract';
import { HOME_REGION } from '../../../shared/letter/countries';
import { formatChf } from '../../../shared/mailing/postage';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { resultText } from '../batch/result-text';
import { formatDate } from '../dates';
import { PostagePrices } from './postage-prices';
import { useMailingSummary } from './use-mailing-summary';

interface MailingSummaryPanelProps {
  campaignId: string | null;
  letters: readonly LanguageCount[];
  withCopies: boolean;
}

/** How many letters go where and which stamps to buy: one line in the app, and a page to print. */
export function MailingSummaryPanel({ campaignId, letters, withCopies }: MailingSummaryPanelProps) {
  const { t, i18n } = useTranslation('mailing');
  const { t: tb } = useTranslation('batch');
  const { status, error } = useAnnouncer();
  const headingId = useId();
  const { summary, refresh } = useMailingSummary(campaignId, letters, withCopies);
  if (!campaignId || !summary || summary.letters === 0) return null;

  const stamps = summary.stamps.map((s) => t('summary.stampPart', { count: s.count, price: formatChf(s.chf) })).join(', ');
  const output = async (kind: 'print' | 'pdf') => {
    const result = await api.outputMailingSummary({ campaignId, letters: [...letters], withCopies, output: kind });
    const said = resultText(tb, result);
    (said.kind === 'error' ? error : status)(said.text);
  };

  return (
    <section className="mailing-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('summary.heading')}</h3>
      <p className="mailing-summary__line">{t('summary.line', { letters: summary.letters, stamps, total: formatChf(summary.totalChf) })}</p>
      {summary.deadline && <p>{t('summary.deadline', { date: formatDate(summary.deadline, i18n.language) })}</p>}
      {summary.postalNote && <p className="mailing-summary__note">{summary.postalNote}</p>}
      <div className="batch-actions">
        <button type="button" className="button" onClick={() => void output('print')}>
          {t('summary.print')}
        </button>
        <button type="button" className="button" onClick={() => void output('pdf')}>
          {t('summary.pdf')}
        </button>
      </div>
      <PostagePrices regions={[...new Set(summary.destinations.map((d) => d.region).filter((r) => /^[A-Z]{2}$/.test(r) && r !== HOME_REGION))]} onChanged={refresh} />
    </section>
  );
}
