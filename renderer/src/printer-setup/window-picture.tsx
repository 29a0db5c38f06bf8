import { LAYOUT_PRESETS, PAGE, type LayoutId } from '../../../shared/letter/layouts';

/** The folded letter's top third: what an envelope's front shows of the sheet. */
const FRONT_HEIGHT = PAGE.height / 3;

/**
 * A small picture of the envelope's front with its window where the layout puts the address,
 * drawn from the layout's own millimetres. Decorative: the words beside it say the same.
 */
export function WindowPicture({ layout }: { layout: LayoutId }) {
  const preset = LAYOUT_PRESETS[layout];
  const field = preset.addressField;
  return (
    <svg className="window-picture" viewBox={`0 0 ${PAGE.width} ${FRONT_HEIGHT}`} aria-hidden="true" focusable="false">
      <rect className="window-picture__envelope" x="1" y="1" width={PAGE.width - 2} height={FRONT_HEIGHT - 2} rx="4" />
      {preset.window ? (
        <rect className="window-picture__window" x={field.left} y={field.top} width={field.width} height={field.height} rx="6" />
      ) : (
        // No window: the address is written on the envelope, shown as three lines.
        [0, 1, 2].map((line) => (
          <line key={line} className="window-picture__line" x1="95" x2="185" y1={55 + line * 12} y2={55 + line * 12} />
        ))
      )}
    </svg>
  );
}
