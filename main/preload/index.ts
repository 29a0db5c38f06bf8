// First: zod must not probe for eval under the page's CSP (see the module).
import '../../shared/security/zod-jitless';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelOf,
  JOB_PROGRESS_CHANNEL,
  jobProgressEventSchema,
  MENU_COMMAND_CHANNEL,
  menuCommandSchema,
  type MenuCommand,
  operationNames,
  type AppApi,
  type JobProgressEvent,
} from '../../shared/api/contract';
import { FILE_OPENED_CHANNEL, isFileOpenedEvent, type FileOpenedEvent } from '../ipc/channels';

/**
 * The renderer's whole view of main: `window.appeal`, one named function per contract operation
 * plus `onFileOpened`. Deliberately no generic invoke/send and no ipcRenderer or IPC event object
 * crosses the bridge — a compromised page can only call the operations the contract lists, and main
 * checks every payload again (register-operations.ts).
 *
 * Runs sandboxed, so it is bundled as CommonJS with its imports inlined (it may only require
 * 'electron' at run time).
 */

export type PreloadApi = AppApi & {
  /** Calls `callback` for each `.appeal` file the member opens with the app; returns an unsubscribe. */
  onFileOpened(callback: (file: FileOpenedEvent) => void): () => void;
};

function operationFunction(channel: string) {
  // Exactly one argument is forwarded: extra arguments never reach main.
  return (input?: unknown): Promise<unknown> => ipcRenderer.invoke(channel, input);
}

type FileOpenedCallback = (file: FileOpenedEvent) => void;

// Files main sends before the page has subscribed (a double-clicked file opens the app, the UI
// subscribes once it has rendered): held here and handed to the first subscriber, never dropped.
const waitingFiles: FileOpenedEvent[] = [];
const subscribers = new Set<FileOpenedCallback>();

ipcRenderer.on(FILE_OPENED_CHANNEL, (_event: IpcRendererEvent, payload: unknown) => {
  if (!isFileOpenedEvent(payload)) return;
  // A fresh plain object: the IPC event (with its sender) never reaches the page.
  const file = { fileName: payload.fileName, contents: payload.contents };
  if (subscribers.size === 0) waitingFiles.push(file);
  else subscribers.forEach((callback) => callback(file));
});

function onFileOpened(callback: FileOpenedCallback): () => void {
  if (typeof callback !== 'function') throw new TypeError('onFileOpened needs a function');
  subscribers.add(callback);
  const waiting = waitingFiles.splice(0);
  // After the caller's own code has finished subscribing, as a later event would arrive.
  if (waiting.length > 0) queueMicrotask(() => waiting.forEach((file) => callback(file)));
  return () => {
    subscribers.delete(callback);
  };
}

/**
 * Subscriptions to an event that is only worth anything live (nothing is held for a later
 * subscriber). Each payload is checked against its schema and handed on as a fresh value, so
 * neither a malformed message nor the IPC event object ever reaches the page.
 */
function liveEvent<T>(channel: string, parse: (payload: unknown) => T | null, name: string) {
  const callbacks = new Set<(value: T) => void>();
  ipcRenderer.on(channel, (_event: IpcRendererEvent, payload: unknown) => {
    const value = parse(payload);
    if (value !== null) callbacks.forEach((callback) => callback(value));
  });
  return (callback: (value: T) => void): (() => void) => {
    if (typeof callback !== 'function') throw new TypeError(`${name} needs a function`);
    callbacks.add(callback);
    return () => {
      callbacks.delete(callback);
    };
  };
}

const onJobProgress = liveEvent<JobProgressEvent>(
  JOB_PROGRESS_CHANNEL,
  (payload) => {
    const parsed = jobProgressEventSchema.safeParse(payload);
    if (!parsed.success) return null;
    const { jobId, done, total } = parsed.data;
    return { jobId, done, total };
  },
  'onJobProgress',
);

const onMenuCommand = liveEvent<MenuCommand>(
  MENU_COMMAND_CHANNEL,
  (payload) => menuCommandSchema.safeParse(payload).data ?? null,
  'onMenuCommand',
);

export function buildPreloadApi(): PreloadApi {
  const operations = Object.fromEntries(
    operationNames.map((operation) => [operation, operationFunction(channelOf(operation))]),
  ) as unknown as AppApi;
  return { ...operations, onFileOpened, onJobProgress, onMenuCommand };
}

contextBridge.exposeInMainWorld('appeal', buildPreloadApi());
