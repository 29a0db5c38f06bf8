/**
 * The event channel main pushes opened files on; its contract lives in shared/api/contract.ts
 * beside the operations. Re-exported here for main and the preload.
 */
export { FILE_OPENED_CHANNEL, MAX_OPENED_FILE_BYTES, type FileOpenedEvent } from '../../shared/api/contract';
import { fileOpenedEventSchema, type FileOpenedEvent } from '../../shared/api/contract';

/** True when `value` has exactly the shape of a FileOpenedEvent (checked on both sides of IPC). */
export function isFileOpenedEvent(value: unknown): value is FileOpenedEvent {
  return fileOpenedEventSchema.safeParse(value).success;
}
