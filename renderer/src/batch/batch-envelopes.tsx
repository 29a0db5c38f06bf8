import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchEnvelopeOutput, BatchResult } from '../../../shared/api/contract';
import { DEFAULT_LABEL_FORMAT, LABEL_FORMATS } from '../../../shared/envelope/labels';
import type { EnvelopeSizeId } from '../../../shared/envelope/sizes';
import { EnvelopeSizeGroup } from '../check-and-print/envelope-size-group';
import { JobProgress } from './job-progress';
import { envelopeResultText } from './result-text';
import { useBatchJob } from './use-batch-job';
import { OutcomeMessages } from '../check-and-print/outcome-messages';
import type { Outcome } from '../check-and-print/use-output-run';

interface BatchEnvelopeActionsProps {
  /** Members of the group, or foyer sheets: the steps of the job, and the count the buttons name. */
  count: number;
  /** Starts the job in main (a group's runBatchEnvelopes, or runFoyer for foyer sheets). */
  run: (jobId: string, output: BatchEnvelopeOutput, size: EnvelopeSizeId) => Promise<BatchResult>;
}

/**
 * Without window envelopes: one envelope or label for each letter of a group's batch or a foyer
 * set (the embassy copies too, when chosen), printed or saved in one go, with progress and Stop.
 */
export function BatchEnvelopeActions({ count, run }: BatchEnvelopeActionsProps) {
  const { t } = useTranslation('batch');
  const headingId = useId();
  const [size, setSize] = useState<EnvelopeSizeId>('c6-5');
  const { job, runJob, cancel } = useBatchJob();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const start = async (output: BatchEnvelopeOutput) => {
    if (job) return;
    setOutcome(null);
    try {
      const result = await runJob(count, (jobId) => run(jobId, output, size));
      setOutcome(envelopeResultText(t, result, output));
    } catch {
      setOutcome({ kind: 'error', text: t('failures.unexpected') });
    }
  };

  const button = (output: BatchEnvelopeOutput) => (
    <button type="button" className="button button--big" aria-disabled={job !== null} onClick={() => void start(output)}>
      {t(`envelopes.${output}`, { count })}
    </button>
  );

  return (
    <section className="batch-output batch-envelopes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('envelopes.heading')}</h3>
      <p>{t('envelopes.intro')}</p>
      <EnvelopeSizeGroup value={size} onChange={setSize} />
      <div className="batch-actions">
        {button('envelopes-print')}
        {button('envelopes-pdf')}
      </div>
      <p className="hint">{t('envelopes.labelsHint', { product: LABEL_FORMATS[DEFAULT_LABEL_FORMAT].name })}</p>
      <div className="batch-actions">{button('labels-pdf')}</div>
      {job && <JobProgress job={job} onCancel={cancel} />}
      <OutcomeMessages outcome={outcome} />
    </section>
  );
}
