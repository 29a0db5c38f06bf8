import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { removeLeftoverTempFiles, syncFolder, tempPathFor } from './atomic-file';

/**
 * Writes a file so that it is either complete or absent: a temp file beside the target, flushed
 * to disk, then renamed over it. A crash or cancel never leaves half a letter batch behind, and
 * the temp file an earlier crash left for the same target is cleared first.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  removeLeftoverTempFiles(target);
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  syncFolder(path.dirname(target));
}
