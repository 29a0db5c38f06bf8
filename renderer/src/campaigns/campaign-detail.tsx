import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign/schema';
import { countryName } from '../../../shared/i18n/country-names';
import { api } from '../api';
import { formatDate, isOverdue } from '../dates';
import { Markdown } from '../markdown';
import { ScreenHeading } from '../screen-heading';
import { CampaignTools } from './campaign-tools';
import { textForUi } from './letter-text';

interface CampaignDetailProps {
  id: string;
  today: string;
  focusHeading: boolean;
  onBack: () => void;
  onWrite: (campaign: Campaign) => void;
}

/** A campaign's background, read before writing: never printed, shown in the UI language. */
export function CampaignDetail({ id, today, focusHeading, onBack, onWrite }: CampaignDetailProps) {
  const { t, i18n } = useTranslation();
  const [campaign, setCampaign] = useState<Campaign | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    api.getCampaign({ id }).then(
      (loaded) => live && setCampaign(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const backButton = (
    <button type="button" className="button" onClick={onBack}>
      {t('campaign.backToList')}
    </button>
  );
  if (!campaign) {
    return (
      <div className="screen">
        <ScreenHeading focusOnMount={focusHeading}>{t(failed ? 'campaign.notFound' : 'app.loading')}</ScreenHeading>
        <div className="step-buttons">{backButton}</div>
      </div>
    );
  }

  const text = textForUi(campaign, i18n.language);
  const overdue = isOverdue(campaign.deadline, today);
  const country = countryName(campaign, i18n.language);
  return (
    <div className="screen">
      <ScreenHeading focusOnMount={focusHeading}>{text.title}</ScreenHeading>
      <ul className="facts">
        {country && <li>{t('campaigns.country', { country })}</li>}
        <li>{t('campaigns.publisher', { publisher: campaign.publisher })}</li>
        {campaign.deadline && (
          <li className={overdue ? 'card__deadline--passed' : undefined}>
            {t(overdue ? 'campaigns.deadlinePassed' : 'campaigns.sendBefore', {
              date: formatDate(campaign.deadline, i18n.language),
            })}
          </li>
        )}
      </ul>
      {text.summary?.trim() && (
        <section aria-labelledby="campaign-background">
          <h2 id="campaign-background">{t('campaign.background')}</h2>
          <Markdown source={text.summary} firstHeadingLevel={3} />
        </section>
      )}
      {text.postage?.trim() && (
        <section aria-labelledby="campaign-postage">
          <h2 id="campaign-postage">{t('campaign.postage')}</h2>
          <p>{text.postage}</p>
        </section>
      )}
      <div className="step-buttons">
        {backButton}
        <button type="button" className="button button--primary" onClick={() => onWrite(campaign)}>
          {t('campaign.write')}
        </button>
      </div>
      <CampaignTools id={campaign.id} title={text.title} onDeleted={onBack} />
    </div>
  );
}
