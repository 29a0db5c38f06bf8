import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ZOOM, MIN_ZOOM, largerZoom, smallerZoom, zoomPercent } from '../settings/zoom';

/**
 * The app's own text size (everything reflows), separate from the letter preview's zoom. At either
 * end the button stays in the Tab order, greyed, and says why it does nothing (hover and screen reader).
 */
export function TextSizeControl({ zoom, onChange }: { zoom: number; onChange: (zoom: number) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const atMin = zoom <= MIN_ZOOM;
  const atMax = zoom >= MAX_ZOOM;
  return (
    <div className="header-control" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{t('header.textSize')}</span>
      <button
        type="button"
        className="button"
        aria-disabled={atMin}
        aria-description={atMin ? t('header.smallestReached') : undefined}
        title={atMin ? t('header.smallestReached') : undefined}
        onClick={() => !atMin && onChange(smallerZoom(zoom))}
      >
        {t('header.smaller')}
      </button>
      <output className="zoom-value" aria-live="polite">
        {t('header.percent', { value: zoomPercent(zoom) })}
      </output>
      <button
        type="button"
        className="button"
        aria-disabled={atMax}
        aria-description={atMax ? t('header.largestReached') : undefined}
        title={atMax ? t('header.largestReached') : undefined}
        onClick={() => !atMax && onChange(largerZoom(zoom))}
      >
        {t('header.larger')}
      </button>
    </div>
  );
}
