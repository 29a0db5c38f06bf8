import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import { ScreenHeading } from '../screen-heading';
import { CampaignCard } from './campaign-card';
import { orderCampaigns } from './campaign-order';

interface CampaignListProps {
  campaigns: CampaignSummary[] | null;
  today: string;
  focusHeading: boolean;
  onOpen: (id: string) => void;
  onImport: () => void;
}

export function CampaignList({ campaigns, today, focusHeading, onOpen, onImport }: CampaignListProps) {
  const { t } = useTranslation();
  const ordered = campaigns ? orderCampaigns(campaigns, today) : [];
  return (
    <div className="screen">
      <ScreenHeading focusOnMount={focusHeading}>{t('campaigns.heading')}</ScreenHeading>
      <p className="lead">{t('campaigns.intro')}</p>
      {campaigns === null ? (
        <p>{t('app.loading')}</p>
      ) : ordered.length === 0 ? (
        <p>{t('campaigns.empty')}</p>
      ) : (
        <ul className="card-list" aria-label={t('campaigns.listLabel')}>
          {ordered.map((campaign) => (
            <li key={campaign.id}>
              <CampaignCard campaign={campaign} today={today} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
      <div className="import-row">
        <button type="button" className="button" onClick={onImport}>
          {t('importing.chooseFile')}
        </button>
        <p className="hint">{t('importing.dropHint')}</p>
      </div>
    </div>
  );
}
