/** Operations of the envelope area (filled in by the envelope work). */
export const envelopeOperations = {} as const;
