import type { Problem } from '../../../shared/campaign/problem';

/** A library operation that was refused or failed; `problem` says why, in catalogue terms. */
export class LibraryError extends Error {
  constructor(
    readonly problem: Problem,
    options?: ErrorOptions,
  ) {
    // The key only: messages of errors end up in logs, campaign content must not.
    super(`Campaign library: ${problem.key}`, options);
    this.name = 'LibraryError';
  }
}
