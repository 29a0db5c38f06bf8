import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import { DEFAULT_LAYOUT } from '../../../shared/letter/layouts';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { localIsoDate } from '../../../shared/letter/today';
import { PreviewPane } from '../flow/preview-pane';
import { previewCampaign, previewSender } from './preview-campaign';

interface EditorPreviewProps {
  campaign: CampaignDraft;
  language: string | undefined;
  profile: SenderProfile;
}

/**
 * The printed letter beside the editor, in the language being written, composed by the same
 * code as every letter. Deferred: typing stays quick while the page is laid out again.
 */
export function EditorPreview({ campaign, language, profile }: EditorPreviewProps) {
  const { t } = useTranslation('editor');
  const [today] = useState(() => localIsoDate());
  const deferred = useDeferredValue(campaign);
  const shown = useMemo(() => previewCampaign(deferred), [deferred]);
  const sample = useMemo(
    () => ({
      firstName: t('preview.firstName'),
      lastName: t('preview.lastName'),
      street: t('preview.street'),
      postcode: t('preview.postcode'),
      city: t('preview.city'),
    }),
    [t],
  );
  const sender = useMemo(() => previewSender(profile, sample), [profile, sample]);
  const lang = language ?? Object.keys(campaign.languages)[0] ?? 'en';
  const options = useMemo<LetterOptions>(
    () => ({ campaignId: 'draft', lang, salutationIndex: 0, choices: [], personalText: '', layout: DEFAULT_LAYOUT, date: today }),
    [lang, today],
  );
  if (!shown) {
    return (
      <aside className="preview-pane" aria-label={t('preview.label')}>
        <p className="notice">{t('preview.none')}</p>
      </aside>
    );
  }
  return <PreviewPane campaign={shown} options={options} profile={sender} />;
}
