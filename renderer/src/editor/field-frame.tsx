import { useId, type ReactNode } from 'react';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { FieldProblems } from './field-problems';

/** What a control in the editor gets: its id, what describes it, and where it is in the draft. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  /** The draft field ("recipient.address"): "Go there" in the list of problems finds it by this. */
  'data-field': string;
}

interface FieldFrameProps {
  label: string;
  hint?: string;
  /** The draft field, as draft-problems.ts names it. */
  field: string;
  problems: readonly DraftProblem[];
  /** Said after the control and read with it ("5 of 6 lines"). */
  after?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled editor control with its hint above and its problems below, all read with it. The
 * app's TextField has no place for problems; the editor's fields share this frame instead.
 */
export function FieldFrame({ label, hint, field, problems, after, children }: FieldFrameProps) {
  const id = useId();
  const own = problems.filter((p) => p.field === field);
  const describedBy = [hint && `${id}-hint`, after && `${id}-after`, own.length > 0 && `${id}-problems`].filter(Boolean).join(' ');
  return (
    <div className={own.length > 0 ? 'field field--problem' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': own.length > 0 || undefined, 'data-field': field })}
      {after && (
        <p id={`${id}-after`} className="field__after">
          {after}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} problems={own} />
    </div>
  );
}
