import type { BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/api/contract';

/**
 * One text size, the app's own: Chromium's page zoom (pinch, Ctrl + mouse wheel) would scale on top
 * of it and be forgotten at the next start. Pinch is switched off; the wheel asks the renderer,
 * like the View menu does.
 */
export function routeZoomToTextSize(window: BrowserWindow): void {
  const send = (command: MenuCommand) => window.webContents.send(MENU_COMMAND_CHANNEL, command);
  void window.webContents.setVisualZoomLevelLimits(1, 1);
  window.webContents.on('zoom-changed', (_event, direction) => send(direction === 'in' ? 'text-larger' : 'text-smaller'));
}
