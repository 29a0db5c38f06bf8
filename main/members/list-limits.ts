import { MAX_GROUP_MEMBERS } from '../../shared/api/operations/batch-ops';

/**
 * How many non-blank rows a reader keeps before it gives up on a list: a group's most members,
 * its header, and the title lines a header may sit below (fromHeaderRow looks at the first 10).
 * Readers stop here while reading, so a list of a million rows costs no more than this.
 */
export const MAX_LIST_ROWS = MAX_GROUP_MEMBERS + 1 + 10;

/** Thrown by a reader as soon as a list holds more rows than a group can take. */
export class TooManyRowsError extends Error {
  constructor() {
    super(`more than ${MAX_GROUP_MEMBERS} members`);
    this.name = 'TooManyRowsError';
  }
}
