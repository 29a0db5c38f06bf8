import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import { ScreenHeading } from '../screen-heading';
import { ArchivedSection } from './archived-section';
import { CampaignCard } from './campaign-card';
import { orderCampaigns } from './campaign-order';
import { ExportDialog } from './export-dialog';
import { LibraryProblemsNotice } from './library-problems-notice';
import { updateSession } from './library-session';
import { LibraryStatus } from './library-status';
import { focusPending } from './pending-focus';
import './campaign-library.css';

interface CampaignListProps {
  campaigns: CampaignSummary[] | null;
  today: string;
  focusHeading: boolean;
  onOpen: (id: string) => void;
  onImport: () => void;
  /** Shown under the heading (the first-run welcome). */
  intro?: ReactNode;
}

export function CampaignList({ campaigns, today, focusHeading, onOpen, onImport, intro }: CampaignListProps) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation('library');
  const [exporting, setExporting] = useState(false);
  const ordered = campaigns ? orderCampaigns(campaigns, today) : [];

  // A card brought back by "Undo" gets focus once it is shown.
  useEffect(() => focusPending());

  const open = (id: string) => {
    // The member moved on: "Deleted … Undo" or "Saved …" would be stale when they come back.
    updateSession({ deleted: null, message: '' });
    onOpen(id);
  };

  return (
    <div className="screen">
      <ScreenHeading focusOnMount={focusHeading}>{t('campaigns.heading')}</ScreenHeading>
      {intro}
      <LibraryProblemsNotice />
      <p className="lead">{t('campaigns.intro')}</p>
      <LibraryStatus />
      {campaigns === null ? (
        <p>{t('app.loading')}</p>
      ) : ordered.length === 0 ? (
        <p>{t('campaigns.empty')}</p>
      ) : (
        <ul className="card-list" aria-label={t('campaigns.listLabel')}>
          {ordered.map((campaign) => (
            <li key={campaign.id}>
              <CampaignCard campaign={campaign} today={today} onOpen={open} />
            </li>
          ))}
        </ul>
      )}
      {campaigns && <ArchivedSection campaigns={campaigns} today={today} onOpen={open} />}
      <div className="import-row">
        <button type="button" className="button" onClick={onImport}>
          {t('importing.chooseFile')}
        </button>
        <p className="hint">{t('importing.dropHint')}</p>
      </div>
      {campaigns && campaigns.length > 0 && (
        <div className="import-row">
          <button type="button" className="button" onClick={() => setExporting(true)}>
            {tl('export.several')}
          </button>
        </div>
      )}
      {exporting && campaigns && (
        <ExportDialog
          campaigns={campaigns}
          today={today}
          onClose={(savedText) => {
            setExporting(false);
            if (savedText) updateSession({ deleted: null, message: savedText });
          }}
        />
      )}
    </div>
  );
}
