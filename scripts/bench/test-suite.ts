import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../main/paths';

export interface TestSuiteRun {
  seconds: number;
  passed: boolean;
}

/**
 * The whole test suite once — what `npm test` runs after its build (the bench has built
 * already) — timed from spawn to exit. Vitest's own output goes to stderr, beside the bench's
 * progress lines, so stdout keeps only the figures.
 */
export function runTestSuite(): Promise<TestSuiteRun> {
  const vitest = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vitest');
  const started = performance.now();
  return new Promise<TestSuiteRun>((resolve, reject) => {
    const child = spawn(vitest, ['run'], { cwd: PROJECT_ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, passed: code === 0 }));
  });
}
