import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const LIMIT_MM = 20; // as the layout schema allows
const STEP_MM = 1;

interface OffsetFieldProps {
  label: string;
  /** Words on the −/+ buttons ("1 mm left" / "1 mm right"). */
  lessLabel: string;
  moreLabel: string;
  value: number;
  onChange: (mm: number) => void;
}

function clamp(mm: number): number {
  return Math.min(LIMIT_MM, Math.max(-LIMIT_MM, Math.round(mm * 10) / 10));
}

/**
 * A number of millimetres, typed or nudged with the buttons (or the arrow keys). What is typed
 * stays as typed until it reads as a number, so the field never fights the member.
 */
export function OffsetField({ label, lessLabel, moreLabel, value, onChange }: OffsetFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(value);

  const nudge = (delta: number) => {
    setDraft(null);
    onChange(clamp(value + delta));
  };

  return (
    <div className="field offset-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {t('print.offsetRange', { limit: LIMIT_MM })}
      </p>
      <div className="offset-field__row">
        <button type="button" className="button" onClick={() => nudge(-STEP_MM)}>
          <span aria-hidden="true">− </span>
          {lessLabel}
        </button>
        <input
          id={id}
          className="input input--number"
          type="number"
          min={-LIMIT_MM}
          max={LIMIT_MM}
          step={0.5}
          value={shown}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            // A half-typed number ("-") reads as empty: keep it on screen, change nothing yet.
            setDraft(event.target.value);
            const mm = event.target.valueAsNumber;
            if (Number.isFinite(mm)) onChange(clamp(mm));
          }}
          onBlur={() => setDraft(null)}
        />
        <button type="button" className="button" onClick={() => nudge(STEP_MM)}>
          <span aria-hidden="true">+ </span>
          {moreLabel}
        </button>
      </div>
    </div>
  );
}
