import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import { CampaignCard } from './campaign-card';
import { archivedCampaigns } from './campaign-order';
import { updateSession, useLibrarySession } from './library-session';
import { CheckboxField } from '../fields/checkbox-field';

interface ArchivedSectionProps {
  campaigns: readonly CampaignSummary[];
  today: string;
  onOpen: (id: string) => void;
}

/** The archived letters, out of the way behind a checkbox; opening one offers "Put back". */
export function ArchivedSection({ campaigns, today, onOpen }: ArchivedSectionProps) {
  const { t } = useTranslation('library');
  const { showArchived } = useLibrarySession();
  const headingId = useId();
  const archived = archivedCampaigns(campaigns);
  if (archived.length === 0) return null;
  return (
    <div className="archived">
      <CheckboxField
        label={t('archived.toggle')}
        checked={showArchived}
        onChange={(checked) => updateSession({ showArchived: checked })}
      />
      {showArchived && (
        <section aria-labelledby={headingId}>
          <h2 id={headingId}>{t('archived.heading')}</h2>
          <p className="hint">{t('archived.intro')}</p>
          <ul className="card-list" aria-labelledby={headingId}>
            {archived.map((campaign) => (
              <li key={campaign.id}>
                <CampaignCard campaign={campaign} today={today} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
