import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import { CampaignSelect } from './campaign-select';

interface GroupStepProps {
  title: string;
  /** Members who get a letter, and all the group's members. */
  usable: number;
  total: number;
  campaigns: CampaignSummary[] | null;
  campaignId: string | null;
  onCampaign: (id: string) => void;
}

/** Step 1: who gets a letter, and which campaign's letter. */
export function GroupStep({ title, usable, total, campaigns, campaignId, onCampaign }: GroupStepProps) {
  const { t, i18n } = useTranslation('batch');
  return (
    <>
      <h3 className="prepare-step__heading" tabIndex={-1}>
        {title}
      </h3>
      <p>{t('prepare.count', { count: usable })}</p>
      {usable < total && <p className="notice">{t('prepare.skipped', { count: total - usable })}</p>}
      {campaigns && campaigns.length === 0 && <p role="alert">{t('prepare.noCampaigns')}</p>}
      {campaigns && campaigns.length > 0 && (
        <CampaignSelect campaigns={campaigns} value={campaignId} uiLanguage={i18n.language} onChange={onCampaign} />
      )}
    </>
  );
}
