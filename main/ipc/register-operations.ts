import { ipcMain, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, operationNames, type AppServices } from '../../shared/api/contract';
import { RENDERER_ORIGIN } from '../renderer-files/app-urls';
import { createOperationHandler, type TrustedSenderCheck } from './operation-handler';

/**
 * The door's handlers on ipcMain (operation-handler.ts is the door itself, shared with the
 * command line and the end-to-end harness): one channel per contract operation, nothing else.
 */

/**
 * Registers one handler per contract operation; returns a function that removes them all again.
 * `ipc` is the narrow slice of ipcMain the wrapper needs, so tests pass a fake.
 */
export function registerOperations(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: AppServices,
  isTrustedSender: TrustedSenderCheck<IpcMainInvokeEvent>,
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
export function createTrustedSenderCheck(getMainWindow: () => BrowserWindow | null): TrustedSenderCheck<IpcMainInvokeEvent> {
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
