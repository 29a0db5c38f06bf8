import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import path from 'node:path';

/**
 * Unit tests that wait on other programs — a child process killed mid-write, LibreOffice,
 * Chromium, pdftotext, python-docx, a spawned start script, the Electronegativity scan — or
 * throw thousands of hostile payloads at the services (ipc-abuse). They are the `integration`
 * project: `npm test` runs them, `npm run test:quick` (unit + renderer, no build) does not.
 */
const INTEGRATION = [
  'tests/unit/crash-safety.test.ts',
  'tests/unit/hostile-member-lists.test.ts',
  'tests/unit/letter-file-reader.test.ts',
  'tests/unit/docx-writer.test.ts',
  'tests/unit/docx-duplex-padding.test.ts',
  'tests/unit/docx-package.test.ts',
  'tests/unit/letter-afternoons.test.ts',
  'tests/unit/pdf-join.test.ts',
  'tests/unit/start-script.test.ts',
  'tests/unit/ipc-abuse.test.ts',
  'tests/unit/security-scan.test.ts',
];

/** The longest file: it starts first, and the other files fill the second worker meanwhile. */
const ACCESSIBILITY_MATRIX = 'tests/e2e/accessibility.test.ts';

/**
 * Longest first across all projects, by each file's last duration (Vitest's cache), so that the
 * two workers end together. Vitest's own order queues the projects one after the other: the 60 s
 * crash-safety file of `integration` started only once every e2e file had, and ran alone at the
 * end. A file without a duration yet (a fresh clone: CI) counts as its project's typical file,
 * so the e2e and integration files that wait on Chromium and child processes start before the
 * quick unit files that fill the gaps at the end; the accessibility matrix, the longest, first.
 */
const UNTIMED_GUESS_MS: Record<string, number> = { e2e: 15_000, integration: 10_000, renderer: 3_000, unit: 1_000 };

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cost = (file: TestSpecification) => {
      if (file.moduleId.endsWith(ACCESSIBILITY_MATRIX)) return Infinity;
      const key = `${file.project.name}:${path.relative(this.ctx.config.root, file.moduleId)}`;
      return this.ctx.cache.getFileTestResults(key)?.duration ?? UNTIMED_GUESS_MS[file.project.name] ?? 0;
    };
    // Array sort is stable: equal costs (the unknown files) keep Vitest's order.
    return sorted.sort((a, b) => Math.sign(cost(b) - cost(a)) || 0);
  }
}

/** What the unit and integration projects share: Node, and the fuzz seed (tests/support/fuzz-seed.ts). */
const node: TestProjectInlineConfiguration['test'] = { environment: 'node', testTimeout: 30_000, setupFiles: ['tests/support/fuzz-seed.ts'] };

export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores - 1), and e2e files used to run
    // one at a time after all the others. Much of a worker's time is spent waiting on a child
    // process, Chromium or LibreOffice, so two files at once — of any project, e2e included
    // (each with its own Chromium and temp folders) — keep both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: { ...node, name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, ...INTEGRATION] },
      },
      {
        test: { ...node, name: 'integration', include: INTEGRATION },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // Each file in a fresh VM context with its own jsdom, inside worker threads that are
          // reused, instead of a new process per file: 40 % less CPU (6 files, issue 18).
          pool: 'vmThreads',
          include: ['tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/renderer/support/wait-timeout.ts'],
          // A test that takes 2 s alone took over 30 s while seven people's Chromium and
          // LibreOffice shared the two cores: a timeout must mean "stuck", never "busy".
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Pages at once in a file's Chromium for concurrent tests (the accessibility matrix):
          // one more than the cores, so that a page waiting on the services leaves no core idle.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
