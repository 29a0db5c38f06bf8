import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { useProblemText } from './problem-text';

/**
 * What is wrong with a field, right under it. Not a live region: it changes as the coordinator
 * types, and reading each change aloud would drown their typing. The control points here with
 * aria-describedby, so it is read when they come to the field.
 */
export function FieldProblems({ id, problems }: { id?: string; problems: readonly DraftProblem[] }) {
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="field-problems">
      {problems.map((problem) => (
        <li key={`${problem.key}-${JSON.stringify(problem.params)}`}>
          <span aria-hidden="true">⚠ </span>
          {text(problem)}
        </li>
      ))}
    </ul>
  );
}
