import type { JobProgressEvent } from '../../../shared/api/contract';

/** A long job the coordinator can stop: a flag checked between steps, and throttled progress. */
export interface Job {
  readonly cancelled: boolean;
  progress(done: number, total: number): void;
}

const PROGRESS_EVERY_MS = 100;

export class Jobs {
  private readonly running = new Map<string, { cancelled: boolean }>();

  constructor(private readonly send: (event: JobProgressEvent) => void) {}

  start(jobId: string): Job & { finish(): void } {
    const state = { cancelled: false };
    this.running.set(jobId, state);
    let last = 0;
    const send = this.send;
    return {
      get cancelled() {
        return state.cancelled;
      },
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
    if (job) job.cancelled = true;
  }
}

/** Lets IPC messages (a Cancel) in between steps of a long synchronous loop. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
