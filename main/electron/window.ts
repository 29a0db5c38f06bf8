import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { existsSync } from 'node:fs';
import { RENDERER_ENTRY_URL } from '../renderer-files/app-urls';
import { describeError } from './safe-log';
import { loadWindowState, MIN_SIZE, trackWindowState } from './window-state';

/**
 * The renderer's web preferences, after the Electron security checklist and Signal-Desktop: the
 * page gets no Node, runs sandboxed in an isolated world, and may reach main only through the
 * preload's named functions. tests/unit/electron-window.test.ts fails if any of these is weakened.
 */
export function hardenedWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropping a file on the window must not navigate away from the app; the UI handles drops.
    navigateOnDragDrop: false,
    // The spell checker would download dictionaries from Google: the app stays offline.
    spellcheck: false,
    // A page that opens alert() in a loop cannot lock the member out of the window.
    safeDialogs: true,
  };
}

export function mainWindowOptions(
  preloadPath: string,
  { devTools = false, iconPath }: { devTools?: boolean; iconPath?: string } = {},
): BrowserWindowConstructorOptions {
  return {
    title: 'Appeal Letters',
    // Shown on 'ready-to-show': no blank white window while the UI loads.
    show: false,
    backgroundColor: '#ffffff',
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: { ...hardenedWebPreferences(), preload: preloadPath, devTools },
  };
}

let mainWindow: BrowserWindow | null = null;

/** The main window while it is open (IPC checks senders against it; dialogs are parented to it). */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

export interface MainWindowSetup {
  preloadPath: string;
  iconPath: string;
  devTools: boolean;
}

export function createMainWindow({ preloadPath, iconPath, devTools }: MainWindowSetup): BrowserWindow {
  const state = loadWindowState(screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...mainWindowOptions(preloadPath, { devTools, iconPath: existsSync(iconPath) ? iconPath : undefined }),
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
  });
  mainWindow = window;
  trackWindowState(window);

  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  void window.loadURL(RENDERER_ENTRY_URL).catch((error: unknown) => {
    // The UI is bundled: failing to load it is a broken installation, not a member's mistake.
    console.error(`[window] could not load the UI: ${describeError(error)}`);
  });
  return window;
}
