import type { JobProgressEvent } from '../../../shared/api/contract';

/** A long job the coordinator can stop: a flag checked between steps, and throttled progress. */
export interface Job {
  readonly cancelled: boolean;
  /** Aborted by Cancel: the print or PDF job in progress closes its page (pdf-time-limit.ts). */
  readonly signal?: AbortSignal;
  progress(done: number, total: number): void;
}

const PROGRESS_EVERY_MS = 100;

export class Jobs {
  private readonly running = new Map<string, { cancelled: boolean; stop: AbortController }>();

  constructor(private readonly send: (event: JobProgressEvent) => void) {}

  start(jobId: string): Job & { finish(): void } {
    const state = { cancelled: false, stop: new AbortController() };
    this.running.set(jobId, state);
    let last = 0;
    const send = this.send;
    return {
      get cancelled() {
        return state.cancelled;
      },
      signal: state.stop.signal,
      progress(done, total) {
        const now = Date.now();
        if (done < total && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        send({ jobId, done, total });
      },
      finish: () => this.running.delete(jobId),
    };
  }

  cancel(jobId: string): void {
    const job = this.running.get(jobId);
    if (!job) return;
    job.cancelled = true;
    job.stop.abort();
  }
}

/** Lets IPC messages (a Cancel) in between steps of a long synchronous loop. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
