import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PrintTimings } from '../../main/export/pdf-chunks';
import { PROJECT_ROOT } from '../../main/paths';
import { descendantsAndSelf, watchTreeMemory } from './process-tree-memory';

export interface BatchResult {
  format: 'pdf' | 'docx';
  letters: number;
  seconds: number;
  /** Exact peak of the export's Node process alone. */
  nodeMaxRssMb: number;
  /** Sampled peak of Node plus every Chromium process it started. */
  treeRssMb: number;
  treePssMb: number;
  /** Sampled peak of the export's Node process plus the one Chromium renderer that prints: the app's share. */
  appRssMb: number;
  /** Where a PDF's time went; null for a DOCX. */
  timings: PrintTimings | null;
}

const CHILD_SOURCE = fileURLToPath(new URL('./batch-child.ts', import.meta.url));
/** Inside the checkout, so that the bundle finds playwright-core in node_modules; not in out/, which the installer packs. */
const CHILD_BUNDLE = path.join(PROJECT_ROOT, '.tmp', 'bench', 'batch-child.mjs');
/** A case that takes longer has hung (5,000 letters to PDF take about a minute here). */
const CASE_TIMEOUT_MS = 15 * 60_000;

/**
 * Bundles the export as the app's main process is bundled, so the figures are those of plain
 * Node running built code. playwright-core stays outside: it finds its own files at run time.
 */
export async function bundleBatchChild(): Promise<void> {
  await build({
    entryPoints: [CHILD_SOURCE],
    outfile: CHILD_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['playwright-core'],
    logLevel: 'error',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  });
}

/** Runs one export in a fresh Node process (no wrapper process: the tree is the export alone). */
export function runBatch(format: 'pdf' | 'docx', membersCsv: string, outFile: string): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_BUNDLE, format, membersCsv, outFile, PROJECT_ROOT], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The Chromium the case started too, not only its Node process.
      for (const pid of descendantsAndSelf(child.pid as number).reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, CASE_TIMEOUT_MS);
    const watch = watchTreeMemory(child.pid as number);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const tree = watch.stop();
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        const why = timedOut ? `stopped after ${CASE_TIMEOUT_MS / 60_000} minutes` : signal ? `killed by ${signal}` : `exit ${code}`;
        reject(new Error(`${format} export failed (${why}): ${stderr.trim() || stdout.trim()}`));
        return;
      }
      const measured = JSON.parse(line) as { seconds: number; nodeMaxRssMb: number; letters: number; timings: PrintTimings | null };
      resolve({
        format,
        ...measured,
        // A sample may miss the Node process's own peak: never report less than it.
        treeRssMb: Math.max(tree.rssMb, measured.nodeMaxRssMb),
        treePssMb: tree.pssMb,
        appRssMb: Math.max(tree.appRssMb, measured.nodeMaxRssMb),
      });
    });
  });
}
