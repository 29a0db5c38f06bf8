import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  autoComplete?: string;
  maxLength?: number;
  /** Width in characters, so that a postcode field looks like one. */
  size?: 'short' | 'long';
}

/** A labelled input, its hint read with it by screen readers. */
export function TextField({ label, value, onChange, hint, autoComplete, maxLength, size = 'long' }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        className={`input input--${size}`}
        value={value}
        autoComplete={autoComplete}
        maxLength={maxLength}
        spellCheck={false}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
