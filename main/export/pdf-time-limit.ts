/**
 * Print and PDF jobs end: a page that never finishes laying out (a hostile letter, a bug) is
 * closed after a time limit, and Stop closes it at once. Closing the page or window is what ends
 * the work for real: a rejected promise alone would leave Chromium laying out behind it.
 */

/** A slice of 100 letters lays out and prints in about two seconds, some twenty on a busy machine: two minutes means it hangs. */
export const PRINT_TIME_LIMIT_MS = 120_000;

/** What the caller may give a job: Stop (the batch's cancel) and, for tests, a shorter limit. */
export interface JobControl {
  signal?: AbortSignal;
  /** Infinity: no limit (the system print dialog, where the member takes their time). */
  limitMs?: number;
}

/** The page took longer than the limit and was closed. */
export class PrintTimeoutError extends Error {
  constructor(limitMs: number) {
    super(`The print page did not finish within ${Math.round(limitMs / 1000)} s and was closed.`);
    this.name = 'PrintTimeoutError';
  }
}

/** Stop was pressed: the page was closed. Not a failure: the caller reports "cancelled". */
export class PrintStoppedError extends Error {
  constructor() {
    super('The print job was stopped.');
    this.name = 'PrintStoppedError';
  }
}

/**
 * Runs `work`; on Stop or after the limit calls `end` (which closes the page or window) and
 * rejects at once. What the closed page's work then throws is of no interest and is dropped.
 */
export function withinLimit<T>(work: () => Promise<T>, end: () => void, control: JobControl = {}): Promise<T> {
  const { signal, limitMs = PRINT_TIME_LIMIT_MS } = control;
  if (signal?.aborted) return Promise.reject(new PrintStoppedError());
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: T, closePage = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onStop);
      if (!error) {
        resolve(value as T);
        return;
      }
      if (closePage) end();
      reject(error);
    };
    const onStop = () => finish(new PrintStoppedError(), undefined, true);
    const timer = Number.isFinite(limitMs) ? setTimeout(() => finish(new PrintTimeoutError(limitMs), undefined, true), limitMs) : undefined;
    signal?.addEventListener('abort', onStop, { once: true });
    work().then(
      (value) => finish(null, value),
      (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
