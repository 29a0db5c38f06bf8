import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { FieldFrame } from './field-frame';

interface Common {
  label: string;
  hint?: string;
  field: string;
  problems: readonly DraftProblem[];
  value: string;
  onChange: (value: string) => void;
}

/** One line of text (a name, a title). */
export function LineField({ maxLength = 500, size = 'long', ...props }: Common & { maxLength?: number; size?: 'short' | 'long' }) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <input
          {...control}
          type="text"
          className={`input input--${size}`}
          value={props.value}
          maxLength={maxLength}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** Several lines (background, footer); the letter's body has its own editor with buttons. */
export function TextAreaField({ rows = 4, ...props }: Common & { rows?: number }) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <textarea
          {...control}
          className="input textarea"
          rows={rows}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A day: the browser's date field, which always gives the file's YYYY-MM-DD or nothing. */
export function DateField(props: Common) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="input input--short"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A choice among a few options, each in words. */
export function SelectField({ options, ...props }: Common & { options: readonly { value: string; label: string }[] }) {
  return (
    <FieldFrame {...props}>
      {(control) => (
        <select {...control} className="select" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
