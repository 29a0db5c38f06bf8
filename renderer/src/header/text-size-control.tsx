import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ZOOM, MIN_ZOOM, largerZoom, smallerZoom, zoomPercent } from '../settings/zoom';

/** The app's own zoom (everything reflows), separate from the letter preview's page size. */
export function TextSizeControl({ zoom, onChange }: { zoom: number; onChange: (zoom: number) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="header-control" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('header.textSize')}</span>
      <button
        type="button"
        className="button"
        aria-disabled={zoom <= MIN_ZOOM}
        onClick={() => zoom > MIN_ZOOM && onChange(smallerZoom(zoom))}
      >
        {t('header.smaller')}
      </button>
      <output className="zoom-value" aria-live="polite">
        {t('header.percent', { value: zoomPercent(zoom) })}
      </output>
      <button
        type="button"
        className="button"
        aria-disabled={zoom >= MAX_ZOOM}
        onClick={() => zoom < MAX_ZOOM && onChange(largerZoom(zoom))}
      >
        {t('header.larger')}
      </button>
    </div>
  );
}
