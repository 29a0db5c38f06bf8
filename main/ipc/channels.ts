/**
 * Events main pushes to the renderer (the contract's operations are the other direction).
 * Imported by the preload as well as by main, so it stays free of Node and Electron imports.
 *
 * TODO(lead): move into shared/api/contract.ts next to the operations so the renderer can import
 * the payload type too (renderer code may not import from main/).
 */

/** A `.appeal` file the member opened with the app (double-click, command line, File ▸ Import…). */
export const FILE_OPENED_CHANNEL = 'appeal:event:file-opened';

export interface FileOpenedEvent {
  /** The file's name without its folder: the folder may reveal who the member is. */
  fileName: string;
  /** The file's text (UTF-8); the renderer hands it to `previewImport`, which checks it. */
  contents: string;
}

/** The same cap as the contract's `previewImport` input: a larger file could not be previewed. */
export const MAX_OPENED_FILE_BYTES = 6 * 1024 * 1024;

/** True when `value` has exactly the shape of a FileOpenedEvent (checked on both sides of IPC). */
export function isFileOpenedEvent(value: unknown): value is FileOpenedEvent {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.fileName === 'string' && typeof candidate.contents === 'string';
}
