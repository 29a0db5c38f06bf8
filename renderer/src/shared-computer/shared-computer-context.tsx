import { createContext, useContext } from 'react';

/** What the member flow needs to know about a letter-writing afternoon on one shared computer. */
export interface SharedComputer {
  /** Shared-computer mode is on: details are not kept, "Next person" forgets them. */
  enabled: boolean;
  /** Letters printed today on this computer. */
  printedToday: number;
  /** Called after letters went to the printer. */
  countPrinted: (letters: number) => void;
  /** Forgets the member's details (kept in memory only while shared). */
  forgetDetails: () => void;
}

export const SharedComputerContext = createContext<SharedComputer>({
  enabled: false,
  printedToday: 0,
  countPrinted: () => {},
  forgetDetails: () => {},
});

export function useSharedComputer(): SharedComputer {
  return useContext(SharedComputerContext);
}
