import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watchTreeMemory } from './process-tree-memory';

export interface BatchResult {
  format: 'pdf' | 'docx';
  letters: number;
  seconds: number;
  /** Exact peak of the export's Node process alone. */
  nodeMaxRssMb: number;
  /** Sampled peak of Node plus every Chromium process it started. */
  treeRssMb: number;
  treePssMb: number;
}

const CHILD = fileURLToPath(new URL('./batch-child.ts', import.meta.url));

/** Runs one export in a fresh Node process (no tsx wrapper process: the tree is the export alone). */
export function runBatch(format: 'pdf' | 'docx', membersCsv: string, outFile: string): Promise<BatchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, format, membersCsv, outFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watch = watchTreeMemory(child.pid as number);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const tree = watch.stop();
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`${format} export failed (exit ${code}): ${stderr.trim() || stdout.trim()}`));
        return;
      }
      const measured = JSON.parse(line) as { seconds: number; nodeMaxRssMb: number; letters: number };
      resolve({
        format,
        ...measured,
        // A sample may miss the Node process's own peak: never report less than it.
        treeRssMb: Math.max(tree.rssMb, measured.nodeMaxRssMb),
        treePssMb: tree.pssMb,
      });
    });
  });
}
