/**
 * Loaded with `node --import` before anything else in the crash writer, so that libraries which
 * keep their own references to `fs` functions (conf's `atomically`, via stubborn-fs) see these
 * wrappers too. Once armed, it counts the file-system calls that change or flush a file and kills
 * the process — SIGKILL, no cleanup — just before call number CRASH_AT_STEP.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const crashAt = Number(process.env.CRASH_AT_STEP ?? '0');
let armed = false;
let steps = 0;

function step(): void {
  if (armed && ++steps === crashAt) process.kill(process.pid, 'SIGKILL');
}

const target = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
const originals = { openSync: target.openSync!, writeSync: target.writeSync!, closeSync: target.closeSync! };
const promises = fs.promises as unknown as Record<string, (...args: unknown[]) => unknown>;
const SYNC_CALLS = ['openSync', 'writeSync', 'fsyncSync', 'fdatasyncSync', 'closeSync', 'renameSync', 'copyFileSync', 'rmSync', 'unlinkSync', 'mkdirSync', 'chmodSync', 'chownSync'];
const PROMISE_CALLS = ['open', 'rename', 'rm', 'unlink', 'writeFile', 'copyFile'];

type Module = Record<string, (...args: unknown[]) => unknown>;

/** Each named function of `module` counts as a step before it runs. */
function countSteps(module: Module, names: string[]): void {
  for (const name of names) {
    const original = module[name];
    if (!original) continue;
    module[name] = (...args) => {
      step();
      return original(...args);
    };
  }
}

if (crashAt > 0) {
  countSteps(target, SYNC_CALLS);
  countSteps(promises, PROMISE_CALLS);
  target.writeFileSync = writeFileInChunks;
  // ES module imports of node:fs read their own copy of the exports; bring them up to date.
  syncBuiltinESMExports();
}

const CHUNK_BYTES = 4096;

/**
 * writeFileSync as a disk does it: a few kilobytes at a time, each a step, so a crash can leave a
 * file cut off part-way — which a real write can, and which Node's one-call fast path would hide.
 */
function writeFileInChunks(file: unknown, data: unknown, options?: unknown): void {
  const { openSync, writeSync, closeSync } = originals;
  const settings = (typeof options === 'string' ? { encoding: options } : (options ?? {})) as { encoding?: BufferEncoding; flag?: string; mode?: number };
  const bytes = typeof data === 'string' ? Buffer.from(data, settings.encoding ?? 'utf8') : Buffer.from(data as Uint8Array);
  step();
  const fd = typeof file === 'number' ? file : (openSync(file, settings.flag ?? 'w', settings.mode) as number);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      step();
      writeSync(fd, bytes, at, Math.min(CHUNK_BYTES, bytes.length - at));
    }
  } finally {
    if (typeof file !== 'number') closeSync(fd);
  }
}

/** Called by the writer once the state to fall back to has been saved. */
(globalThis as { armCrashSteps?: () => void }).armCrashSteps = () => {
  armed = true;
};
