import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAGNIFIED, type PreviewZoom } from './preview-zoom';

interface ZoomControlProps {
  zoom: PreviewZoom;
  onZoom: (zoom: PreviewZoom) => void;
}

/**
 * "Zoom: [Fit width] [Magnify]": the page's size on screen, apart from the app's text size.
 * Memoised: the pane renders again at every key typed into the form, the zoom does not change.
 */
export const ZoomControl = memo(function ZoomControl({ zoom, onZoom }: ZoomControlProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const magnified = zoom !== 'fit';
  return (
    <div className="preview-zoom" role="group" aria-labelledby={legendId}>
      <span id={legendId} className="preview-zoom__label">
        {t('preview.zoom')}
      </span>
      <button type="button" className="button" aria-pressed={!magnified} onClick={() => onZoom('fit')}>
        {t('preview.fitWidth')}
      </button>
      <button type="button" className="button" aria-pressed={magnified} onClick={() => onZoom(magnified ? 'fit' : MAGNIFIED)}>
        {t('preview.magnify')}
      </button>
      {/* A pressed button keeps its name; how much larger is said beside it. */}
      {magnified && <span className="preview-zoom__percent">{t('header.percent', { value: Math.round(zoom * 100) })}</span>}
    </div>
  );
});
