import fc from 'fast-check';

/**
 * With FUZZ_SEED set (CI sets it), every property test draws the same cases on every run, so a
 * build is reproducible and a red CI is never a roll of the dice. Without it each run draws new
 * cases: that is how soak runs (FUZZ_SCALE) look for what CI's fixed cases do not reach.
 */
const seed = Number(process.env.FUZZ_SEED);
if (process.env.FUZZ_SEED && Number.isInteger(seed)) fc.configureGlobal({ seed });
