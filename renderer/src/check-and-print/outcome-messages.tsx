import type { Outcome } from './use-output-run';

/** The result beside the buttons: a polite status, or an alert read at once. Both always present. */
export function OutcomeMessages({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p role="status" className="output__status">
        {outcome?.kind === 'status' && outcome.text}
      </p>
      <p role="alert" className="output__error">
        {outcome?.kind === 'error' && outcome.text}
      </p>
    </>
  );
}
