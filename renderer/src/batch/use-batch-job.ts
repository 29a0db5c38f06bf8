import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchRequest, BatchResult } from '../../../shared/api/contract';
import { api } from '../api';

export interface JobState {
  jobId: string;
  done: number;
  total: number;
  stopping: boolean;
}

function newJobId(): string {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Runs one batch at a time, following main's progress events for it. */
export function useBatchJob() {
  const [job, setJob] = useState<JobState | null>(null);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      api.onJobProgress((event) => {
        if (event.jobId !== current.current) return;
        setJob((state) => (state && state.jobId === event.jobId ? { ...state, done: event.done, total: event.total } : state));
      }),
    [],
  );

  /** Any job main reports progress for under the id given to `call` (letters, envelopes, labels). */
  const runJob = useCallback(async (total: number, call: (jobId: string) => Promise<BatchResult>): Promise<BatchResult> => {
    const jobId = newJobId();
    current.current = jobId;
    setJob({ jobId, done: 0, total, stopping: false });
    try {
      return await call(jobId);
    } finally {
      current.current = null;
      setJob(null);
    }
  }, []);

  const run = useCallback(
    (request: Omit<BatchRequest, 'jobId'>) => runJob(request.members.length, (jobId) => api.runBatch({ ...request, jobId })),
    [runJob],
  );

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setJob((state) => (state ? { ...state, stopping: true } : state));
    void api.cancelJob({ jobId });
  }, []);

  return { job, run, runJob, cancel };
}
