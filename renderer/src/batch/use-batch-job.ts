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

  const run = useCallback(async (request: Omit<BatchRequest, 'jobId'>): Promise<BatchResult> => {
    const jobId = newJobId();
    current.current = jobId;
    setJob({ jobId, done: 0, total: request.members.length, stopping: false });
    try {
      return await api.runBatch({ ...request, jobId });
    } finally {
      current.current = null;
      setJob(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setJob((state) => (state ? { ...state, stopping: true } : state));
    void api.cancelJob({ jobId });
  }, []);

  return { job, run, cancel };
}
