import { useTranslation } from 'react-i18next';
import type { JobState } from './use-batch-job';

/** How far the letters have got, and a way to stop: nothing half-written is left behind. */
export function JobProgress({ job, onCancel }: { job: JobState; onCancel: () => void }) {
  const { t } = useTranslation('batch');
  const text = job.stopping ? t('progress.stopping') : t('progress.text', { done: job.done, total: job.total });
  return (
    <div className="job-progress">
      <label className="job-progress__label" htmlFor={`${job.jobId}-bar`}>
        {text}
      </label>
      <progress id={`${job.jobId}-bar`} className="job-progress__bar" max={Math.max(job.total, 1)} value={job.done} />
      <button type="button" className="button" aria-disabled={job.stopping} onClick={onCancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
