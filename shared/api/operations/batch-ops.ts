/** Operations of the batch area (filled in by the batch work). */
export const batchOperations = {} as const;
