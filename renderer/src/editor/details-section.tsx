import { useTranslation } from 'react-i18next';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import { DateField, LineField } from './editor-fields';
import type { SectionProps } from './section-props';

/** Who publishes the appeal, when, until when, and which country it concerns. */
export function DetailsSection({ draft, problems, onCampaign }: SectionProps) {
  const { t } = useTranslation('editor');
  const campaign = draft.campaign;
  const change = (patch: Partial<CampaignDraft>) => onCampaign((c) => ({ ...c, ...patch }));
  return (
    <>
      <LineField
        label={t('details.publisher')}
        hint={t('details.publisherHint')}
        field="publisher"
        problems={problems}
        value={campaign.publisher}
        onChange={(publisher) => change({ publisher })}
      />
      <DateField
        label={t('details.published')}
        field="published"
        problems={problems}
        value={campaign.published}
        onChange={(published) => change({ published })}
      />
      <DateField
        label={t('details.deadline')}
        hint={t('details.deadlineHint')}
        field="deadline"
        problems={problems}
        value={campaign.deadline ?? ''}
        onChange={(deadline) => change({ deadline })}
      />
      <LineField
        label={t('details.country')}
        hint={t('details.countryHint')}
        field="country"
        problems={problems}
        value={campaign.country ?? ''}
        onChange={(country) => change({ country })}
      />
    </>
  );
}
