import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';

interface CampaignSelectProps {
  campaigns: CampaignSummary[];
  value: string | null;
  uiLanguage: string;
  onChange: (id: string) => void;
}

function titleOf(campaign: CampaignSummary, uiLanguage: string): string {
  return campaign.titles[uiLanguage] ?? Object.values(campaign.titles)[0] ?? campaign.id;
}

export function CampaignSelect({ campaigns, value, uiLanguage, onChange }: CampaignSelectProps) {
  const { t } = useTranslation('batch');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('prepare.campaign')}</label>
      <select id={id} className="select batch-select" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {titleOf(campaign, uiLanguage)}
          </option>
        ))}
      </select>
    </div>
  );
}
