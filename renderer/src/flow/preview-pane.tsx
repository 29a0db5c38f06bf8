import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign/schema';
import { composeLetter } from '../../../shared/letter/compose';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { LetterPreview } from '../preview/letter-preview';

const PAGE_SIZES = [0.6, 0.8, 1] as const;

interface PreviewPaneProps {
  campaign: Campaign;
  options: LetterOptions;
  profile: SenderProfile;
}

/** The true page, beside the form from step 2 on; its size is separate from the app's text size. */
export function PreviewPane({ campaign, options, profile }: PreviewPaneProps) {
  const { t } = useTranslation();
  const sizeName = useId();
  const [zoom, setZoom] = useState<number>(0.6);
  const doc = useMemo(() => {
    try {
      return composeLetter({ campaign, options, profile });
    } catch {
      return null; // a campaign the composer cannot lay out: say so instead of a blank pane
    }
  }, [campaign, options, profile]);

  return (
    <aside className="preview-pane" aria-label={t('preview.label')}>
      <h2 className="preview-pane__heading">{t('preview.heading')}</h2>
      <fieldset className="page-size">
        <legend>{t('preview.pageSize')}</legend>
        {PAGE_SIZES.map((size) => (
          <label key={size} className="page-size__option">
            <input type="radio" name={sizeName} checked={zoom === size} onChange={() => setZoom(size)} />
            {t('header.percent', { value: Math.round(size * 100) })}
          </label>
        ))}
      </fieldset>
      <div className="preview-pane__page">
        {doc ? <LetterPreview doc={doc} zoom={zoom} label={t('preview.documentLabel')} /> : <p role="alert">{t('preview.failed')}</p>}
      </div>
    </aside>
  );
}
