import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchOutput, BatchRequest } from '../../../shared/api/contract';
import { JobProgress } from './job-progress';
import { resultText } from './result-text';
import { useBatchJob } from './use-batch-job';
import { OutcomeMessages } from '../check-and-print/outcome-messages';
import type { Outcome } from '../check-and-print/use-output-run';

const OUTPUTS: BatchOutput[] = ['print', 'pdf', 'docx', 'pdf-each', 'docx-each'];

interface BatchOutputActionsProps {
  request: Omit<BatchRequest, 'jobId' | 'output'>;
  /** Embassy copies each member's letter comes with (0 when not asked for): the buttons count every letter. */
  copiesPerMember?: number;
  /** Some members ticked out of a longer list (a reprint): "the 2 ticked letters", never "all 2". */
  ticked?: boolean;
}

/** Print all, one file, or one file per member — one job at a time, with progress and Stop. */
export function BatchOutputActions({ request, copiesPerMember = 0, ticked = false }: BatchOutputActionsProps) {
  const { t } = useTranslation('batch');
  const { job, run, cancel } = useBatchJob();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const start = async (output: BatchOutput) => {
    if (job) return;
    setOutcome(null);
    try {
      setOutcome(resultText(t, await run({ ...request, output })));
    } catch {
      setOutcome({ kind: 'error', text: t('failures.unexpected') });
    }
  };

  return (
    <section className="batch-output" aria-labelledby="batch-output-heading">
      <h3 id="batch-output-heading" tabIndex={-1}>{t('output.heading')}</h3>
      <p className="hint">{t('output.hint')}</p>
      {copiesPerMember > 0 && <p>{t('output.perMember', { count: copiesPerMember, letters: copiesPerMember + 1 })}</p>}
      <div className="batch-actions">
        {OUTPUTS.map((output) => (
          <button
            key={output}
            type="button"
            className={output === 'print' ? 'button button--big button--primary' : 'button button--big'}
            aria-disabled={job !== null}
            onClick={() => void start(output)}
          >
            {t(`output.${output === 'print' && ticked ? 'printTicked' : output}`, { count: request.members.length * (copiesPerMember + 1) })}
          </button>
        ))}
      </div>
      {job && <JobProgress job={job} onCancel={cancel} />}
      <OutcomeMessages outcome={outcome} />
    </section>
  );
}
