import { useTranslation } from 'react-i18next';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import { countryCodeOf, countryName, type CountryOfCampaign } from '../../../shared/i18n/country-names';
import { UI_LANGUAGES } from '../i18n';
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
        onChange={(country) => change({ country, countryCode: countryCodeOf({ country }) })}
      />
      <CountryShown country={campaign.country} countryCode={campaign.countryCode} />
    </>
  );
}

/**
 * What members will read for the country, in each UI language, so the coordinator sees at once
 * whether the app knows it (the code is kept in step with the text as it is typed).
 */
function CountryShown(campaign: CountryOfCampaign) {
  const { t } = useTranslation('editor');
  if (!campaign.country?.trim()) return null;
  if (!countryCodeOf(campaign)) return <p className="hint">{t('details.countryNotRecognised')}</p>;
  const names = [...new Set(UI_LANGUAGES.map((lang) => countryName(campaign, lang)))];
  return <p className="hint">{t('details.countryShown', { names: names.join(', ') })}</p>;
}
