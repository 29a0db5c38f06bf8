/**
 * A foyer set is a table of sheets for an afternoon, not a mass mailing: at most this many per
 * language. Zod-free, so the renderer's number fields take it without loading the contract.
 */
export const MAX_FOYER_SHEETS = 500;
