import type { Settings } from '../../../shared/api/contract';

/** Today's count, or 0 when the last count was made on another day. */
export function printedTodayCount(settings: Settings, today: string): number {
  return settings.printedToday?.date === today ? settings.printedToday.count : 0;
}
