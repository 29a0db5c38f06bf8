/**
 * `npm run screens` pictures the app on one fixed morning, so that the README's pictures are the
 * same on every run: the page's clock is fixed by the harness (`fixedTime`), and this fixes the
 * clock of this Node process, where the real services run (drafts' times, the published date,
 * the print log). Only for the screens script: the tests run on the real clock.
 */
export const SCREENS_TIME = new Date(2026, 11, 3, 10, 0); // 3 December 2026, 10:00 local time

/** From now on, in this process, `new Date()` and `Date.now()` say `at`; dates given explicitly are untouched. */
export function fixNodeClock(at: Date): void {
  const fixed = at.getTime();
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number]));
    }

    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}
