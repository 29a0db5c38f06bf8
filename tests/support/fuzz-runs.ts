/**
 * How many generated cases a property test tries. CI uses the figure written in the test; a soak
 * run multiplies it (`FUZZ_SCALE=50 npx vitest run --project unit fuzz`) to look for the rare
 * input that a normal run meets only once in many builds.
 */
export function fuzzRuns(numRuns: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? '1');
  return Number.isFinite(scale) && scale > 0 ? Math.ceil(numRuns * scale) : numRuns;
}
