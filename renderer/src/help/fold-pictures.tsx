import { useTranslation } from 'react-i18next';

/*
 * How to fold an A4 letter in three for a Swiss envelope with the window on the right, drawn
 * to scale (1 mm = 2/3 unit): fold lines at 105 mm and 210 mm from the top, the address in the
 * top third. Drawn in the theme's colours (currentColor), so they follow high contrast too.
 */
const S = 2 / 3;
const PAGE = { x: 12, y: 8, w: 210 * S, h: 297 * S };
const FOLD_UPPER = PAGE.y + 105 * S;
const FOLD_LOWER = PAGE.y + 210 * S;
/** The address block as the Swiss right-window layout places it (from 118 mm left, 50 mm down). */
const ADDRESS = { x: PAGE.x + 118 * S, y: PAGE.y + 50 * S, w: 80 * S, h: 30 * S };

function TextLines({ x, y, width, count, gap = 7 }: { x: number; y: number; width: number; count: number; gap?: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <line key={i} className="fold__text-line" x1={x} x2={x + (i % 3 === 2 ? width * 0.6 : width)} y1={y + i * gap} y2={y + i * gap} />
      ))}
    </>
  );
}

function AddressLines() {
  return <TextLines x={ADDRESS.x + 4} y={ADDRESS.y + 6} width={ADDRESS.w - 10} count={3} gap={6} />;
}

function FoldLine({ y, label }: { y: number; label: string }) {
  return (
    <>
      <line className="fold__line" x1={PAGE.x - 6} x2={PAGE.x + PAGE.w + 6} y1={y} y2={y} />
      <text className="fold__label" x={PAGE.x + PAGE.w + 10} y={y + 5}>
        {label}
      </text>
    </>
  );
}

/** 1: the flat page, both fold lines, the bottom third folding up. */
export function FoldStepOne() {
  const { t } = useTranslation('help');
  return (
    <svg className="fold" viewBox="0 0 240 214" role="img" aria-label={t('page.picture1')}>
      <rect className="fold__page" x={PAGE.x} y={PAGE.y} width={PAGE.w} height={PAGE.h} />
      <AddressLines />
      <TextLines x={PAGE.x + 16} y={FOLD_UPPER + 12} width={PAGE.w - 32} count={7} />
      <TextLines x={PAGE.x + 16} y={FOLD_LOWER + 12} width={PAGE.w - 32} count={4} />
      <FoldLine y={FOLD_UPPER} label={t('page.upperLine')} />
      <FoldLine y={FOLD_LOWER} label={t('page.lowerLine')} />
      <path className="fold__arrow" d={`M ${PAGE.x + 30} ${PAGE.y + PAGE.h - 8} C ${PAGE.x - 4} ${FOLD_LOWER + 10}, ${PAGE.x - 4} ${FOLD_LOWER - 30}, ${PAGE.x + 26} ${FOLD_LOWER - 40}`} />
      <path className="fold__arrowhead" d={`M ${PAGE.x + 26} ${FOLD_LOWER - 40} l -10 0 l 6 8 z`} />
    </svg>
  );
}

/** 2: the bottom third lies over the middle; the top third (with the address) turns backwards. */
export function FoldStepTwo() {
  const { t } = useTranslation('help');
  const flapHeight = 87 * S;
  return (
    <svg className="fold" viewBox="0 0 240 214" role="img" aria-label={t('page.picture2')}>
      <rect className="fold__page" x={PAGE.x} y={PAGE.y} width={PAGE.w} height={FOLD_LOWER - PAGE.y} />
      <AddressLines />
      <rect className="fold__page fold__page--back" x={PAGE.x} y={FOLD_UPPER + (105 * S - flapHeight)} width={PAGE.w} height={flapHeight} />
      <FoldLine y={FOLD_UPPER} label={t('page.upperLine')} />
      <path className="fold__arrow fold__arrow--behind" d={`M ${PAGE.x + PAGE.w - 20} ${PAGE.y + 4} C ${PAGE.x + PAGE.w + 85} ${PAGE.y - 4}, ${PAGE.x + PAGE.w + 85} ${FOLD_UPPER + 30}, ${PAGE.x + PAGE.w + 4} ${FOLD_UPPER + 50}`} />
      <path className="fold__arrowhead" d={`M ${PAGE.x + PAGE.w + 4} ${FOLD_UPPER + 50} l 2 -11 l 8 7 z`} />
    </svg>
  );
}

/** 3: the folded letter in the envelope, the address in the window on the right. */
export function FoldStepThree() {
  const { t } = useTranslation('help');
  const envelope = { x: 10, y: 50, w: 229 * S, h: 114 * S };
  const pane = { x: envelope.x + 130 * S - 20, y: envelope.y + 45 * S, w: 90 * S, h: 45 * S };
  return (
    <svg className="fold" viewBox="0 0 240 214" role="img" aria-label={t('page.picture3')}>
      <rect className="fold__page fold__page--back" x={envelope.x} y={envelope.y} width={envelope.w} height={envelope.h} />
      <rect className="fold__page fold__window" x={pane.x} y={pane.y} width={pane.w} height={pane.h} />
      <TextLines x={pane.x + 6} y={pane.y + 9} width={pane.w - 14} count={3} gap={7} />
      <text className="fold__label" x={pane.x} y={envelope.y + envelope.h + 20}>
        {t('page.address')}
      </text>
    </svg>
  );
}
