import type { BrowserWindow } from 'electron';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { FILE_OPENED_CHANNEL, MAX_OPENED_FILE_BYTES, type FileOpenedEvent } from '../ipc/channels';

/**
 * Carries `.appeal` files the member opens with the app — on the command line, from a second
 * launch, through macOS's open-file, or with File ▸ Import… — to the renderer as a
 * FILE_OPENED_CHANNEL event. The renderer previews them with `previewImport`, exactly as if the
 * file had been dropped on the window; nothing is imported without the member confirming.
 *
 * Files may arrive before the UI is there (macOS sends open-file before ready): they wait until the
 * window has finished loading. The preload in turn holds them until the page subscribes.
 */
export class OpenedFiles {
  readonly #waiting: string[] = [];
  #window: BrowserWindow | null = null;
  #loaded = false;

  /** Delivers to this window from now on; files that came early go once it has loaded. */
  attach(window: BrowserWindow): void {
    this.#window = window;
    this.#loaded = false;
    window.webContents.once('did-finish-load', () => {
      if (this.#window !== window) return;
      this.#loaded = true;
      for (const filePath of this.#waiting.splice(0)) void this.#send(window, filePath);
    });
    window.once('closed', () => {
      if (this.#window === window) this.#window = null;
    });
  }

  open(filePath: string): void {
    const window = this.#window;
    if (window && this.#loaded && !window.isDestroyed()) void this.#send(window, filePath);
    else this.#waiting.push(filePath);
  }

  async #send(window: BrowserWindow, filePath: string): Promise<void> {
    const event = await readOpenedFile(filePath);
    if (event && !window.isDestroyed()) window.webContents.send(FILE_OPENED_CHANNEL, event);
  }
}

/**
 * The file's name and text, or null when it cannot be read or is larger than previewImport takes.
 * Logs only the reason: a path or file name can say who the member is or what they campaign for.
 */
export async function readOpenedFile(filePath: string): Promise<FileOpenedEvent | null> {
  try {
    const handle = await open(filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_OPENED_FILE_BYTES) {
        console.warn(`[open-file] ignored a file of ${size} bytes (limit ${MAX_OPENED_FILE_BYTES})`);
        return null;
      }
      return { fileName: basename(filePath), contents: await handle.readFile('utf8') };
    } finally {
      await handle.close();
    }
  } catch (error) {
    console.warn(`[open-file] could not read an opened file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    return null;
  }
}
