import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let tempCounter = 0;

/**
 * Replaces `target` so that after a crash or power cut it holds either the old or the new
 * content, never a mix: a temp file in the same folder (so the rename cannot cross disks),
 * flushed to disk, then renamed over the target.
 *
 * Synchronous because the campaign library's API is; the files are small.
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const folder = path.dirname(target);
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    writeFileSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/**
 * A temp file name beside `target`, unique in this process and across processes. Hidden on POSIX,
 * and recognisable by removeLeftoverTempFiles however the writer died.
 */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `${tempPrefix(target)}${process.pid}.${tempCounter++}.tmp`);
}

/** Temp files a crash left behind for `target`: those of writers no longer running. */
export function removeLeftoverTempFiles(target: string): void {
  const prefix = tempPrefix(target);
  let names: string[];
  try {
    names = readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    // Exactly `<prefix><pid>.<counter>.tmp`: the temp of "a.pdf.pdf" must not pass for one of "a.pdf".
    const pid = /^(\d+)\.\d+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1];
    // A running writer's temp (this process's, or the command line's) is still being written.
    if (pid && !isRunning(Number(pid))) rmSync(path.join(path.dirname(target), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tempPrefix(target: string): string {
  return `.${path.basename(target)}.`;
}

/** Makes the rename itself durable on POSIX. Windows cannot open a folder; NTFS journals renames. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the file content is already on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
