import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import { countryName } from '../../../shared/i18n/country-names';
import { formatDate, isOverdue } from '../dates';
import { languageName } from '../language-names';
import { cardIdOf, titleOf } from './campaign-order';

interface CampaignCardProps {
  campaign: CampaignSummary;
  today: string;
  onOpen: (id: string) => void;
}

/**
 * The whole card is one large target: the button holds the title alone (its name — what a
 * member says or searches for, and all of its visible words, so speech control finds it), and
 * its click area is stretched over the card by CSS. Country, publisher, deadline and languages
 * are its description.
 */
export function CampaignCard({ campaign, today, onOpen }: CampaignCardProps) {
  const { t, i18n } = useTranslation();
  const detailsId = useId();
  const overdue = isOverdue(campaign.deadline, today);
  const country = countryName(campaign, i18n.language);
  return (
    <div className={overdue ? 'card card--overdue' : 'card'}>
      <button
        type="button"
        id={cardIdOf(campaign.id)}
        className="card__button"
        aria-describedby={detailsId}
        onClick={() => onOpen(campaign.id)}
      >
        <span className="card__title">{titleOf(campaign, i18n.language)}</span>
      </button>
      <span id={detailsId} className="card__details">
        {campaign.archived && <span className="card__line card__archived">{t('library:archived.mark')}</span>}
        {country && <span className="card__line">{t('campaigns.country', { country })}</span>}
        <span className="card__line">{t('campaigns.publisher', { publisher: campaign.publisher })}</span>
        {campaign.deadline && (
          <span className={overdue ? 'card__line card__deadline--passed' : 'card__line card__deadline'}>
            {overdue
              ? t('campaigns.deadlinePassed', { date: formatDate(campaign.deadline, i18n.language) })
              : t('campaigns.sendBefore', { date: formatDate(campaign.deadline, i18n.language) })}
          </span>
        )}
        <span className="card__line">
          {t('campaigns.languages', { languages: campaign.languages.map(languageName).join(', ') })}
        </span>
      </span>
    </div>
  );
}
