import { ipcMain, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import {
  apiContract,
  channelOf,
  operationNames,
  type AppServices,
  type OperationName,
  type OperationOutput,
} from '../../shared/api/contract';
import { RENDERER_ORIGIN } from '../renderer-files/app-urls';

/**
 * The one door from the renderer into main. Every operation of the contract gets a handler that
 * (1) refuses any sender but the main window's own top frame showing our renderer, (2) parses the
 * payload with the operation's zod input schema — a payload that breaks it never reaches a
 * service — and only then (3) calls the service. Nothing else is registered: a channel that is not
 * in the contract has no handler at all.
 */

export type TrustedSenderCheck = (event: IpcMainInvokeEvent) => boolean;

type Handler<K extends OperationName> = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<OperationOutput<K>>;

/** Thrown back to the renderer. Plain text only: never the payload, which may hold personal data. */
export class RefusedOperationError extends Error {
  override name = 'RefusedOperationError';
}

export function createOperationHandler<K extends OperationName>(
  operation: K,
  services: AppServices,
  isTrustedSender: TrustedSenderCheck,
): Handler<K> {
  // Own properties only: 'constructor' or '__proto__' must not pass for an operation.
  if (!Object.hasOwn(apiContract, operation)) {
    throw new RefusedOperationError(`Unknown operation: ${String(operation)}`);
  }
  const { input } = apiContract[operation];
  // Read once: a service object mutated later cannot swap in a different function.
  const service = services[operation] as (parsed: unknown) => Promise<OperationOutput<K>>;
  if (typeof service !== 'function') {
    throw new RefusedOperationError(`No service implements ${operation}`);
  }

  return async (event, payload) => {
    if (!isTrustedSender(event)) {
      console.warn(`[ipc] refused ${operation}: untrusted sender`);
      throw new RefusedOperationError(`Refused ${operation}: untrusted sender`);
    }
    const parsed = input.safeParse(payload);
    if (!parsed.success) {
      // Where the payload broke the schema, never what it contained.
      const where = parsed.error.issues.map((issue) => issue.path.map(pathSegment).join('.') || '(root)').join(', ');
      console.warn(`[ipc] refused ${operation}: invalid input at ${where}`);
      throw new RefusedOperationError(`Invalid input for ${operation}`);
    }
    return service(parsed.data);
  };
}

/**
 * A record's keys come from the payload (a region code, a language, a group's name): only a
 * field-like name or an index is written to the log, anything else is "?".
 */
function pathSegment(segment: PropertyKey): string {
  if (typeof segment === 'number') return String(segment);
  return typeof segment === 'string' && /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(segment) ? segment : '?';
}

/**
 * Registers one handler per contract operation; returns a function that removes them all again.
 * `ipc` is the narrow slice of ipcMain the wrapper needs, so tests pass a fake.
 */
export function registerOperations(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: AppServices,
  isTrustedSender: TrustedSenderCheck,
): () => void {
  const channels = operationNames.map((operation) => {
    const channel = channelOf(operation);
    ipc.handle(channel, createOperationHandler(operation, services, isTrustedSender));
    return channel;
  });
  return () => channels.forEach((channel) => ipc.removeHandler(channel));
}

/**
 * The sender check used in the app: the invoking frame must be the main window's top frame (not
 * an iframe, not another window) and must be showing our renderer, served from app://renderer/.
 */
export function createTrustedSenderCheck(getMainWindow: () => BrowserWindow | null): TrustedSenderCheck {
  return (event) => {
    const window = getMainWindow();
    if (!window || window.isDestroyed()) return false;
    const contents = window.webContents;
    if (event.sender !== contents) return false;
    const frame = event.senderFrame;
    const mainFrame = contents.mainFrame;
    if (!frame || frame.isDestroyed()) return false;
    // Electron hands out one WebFrameMain per frame, but compare the frame's identity as well in
    // case a wrapper object is ever recreated.
    const sameFrame =
      frame === mainFrame || (frame.processId === mainFrame.processId && frame.frameToken === mainFrame.frameToken);
    return sameFrame && frame.url.startsWith(`${RENDERER_ORIGIN}/`);
  };
}

/** The composition root's entry: every contract operation on ipcMain, trusted to the main window only. */
export function setupIpc(services: AppServices, getMainWindow: () => BrowserWindow | null): () => void {
  return registerOperations(ipcMain, services, createTrustedSenderCheck(getMainWindow));
}
