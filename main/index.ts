import { app, dialog, session } from 'electron';
import { JOB_PROGRESS_CHANNEL, MENU_COMMAND_CHANNEL } from '../shared/api/contract';
import { createElectronDialogs, electronPdfEngine, electronPrinter } from './electron/electron-adapters';
import { createElectronStore } from './electron/electron-store-factory';
import { MENU_LABELS, menuLanguageFor, type MenuLanguage } from './electron/menu-labels';
import { followUiLanguage, setupMenu } from './electron/menu';
import { OpenedFiles } from './electron/opened-files';
import { appPaths } from './electron/paths';
import { registerAppScheme, setupProtocol } from './electron/protocol';
import { describeError } from './electron/safe-log';
import { hardenSession, setupSecurity } from './electron/security';
import { setupSingleInstance } from './electron/single-instance';
import { routeZoomToTextSize } from './electron/text-size';
import { createMainWindow, getMainWindow } from './electron/window';
import { setupIpc } from './ipc/register-operations';
import { createAppServices } from './services/app-services';

/**
 * Never run where it is built (no Electron binary there): docs/first-run-checklist.md is what to
 * try by hand once on each system before a release.
 *
 * Composition root: wires the modules together and does nothing else. Order matters only where
 * noted — the scheme and the security hooks must exist before the app is ready, the protocol and
 * IPC before the first window loads.
 */

registerAppScheme();
setupSecurity();

const openedFiles = new OpenedFiles();
/** Set once the app is ready: opens the main window (again, on macOS, where the app outlives it). */
let openMainWindow: (() => void) | null = null;

function focusMainWindow(): void {
  const window = getMainWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

const isFirstInstance = setupSingleInstance({
  openFile: (filePath) => {
    openedFiles.open(filePath);
    // macOS keeps running without a window: a double-clicked file must bring one up.
    if (!getMainWindow()) openMainWindow?.();
  },
  focus: focusMainWindow,
});

if (isFirstInstance) {
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; elsewhere closing the window ends the app.
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(`[main] start-up failed: ${describeError(error)}`);
      dialog.showErrorBox('Appeal Letters', 'Appeal Letters could not start. Please reinstall the app.');
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const paths = appPaths();
  setupProtocol(paths);

  let language: MenuLanguage = menuLanguageFor(undefined, app.getLocale());
  const dialogs = createElectronDialogs({ getMainWindow, getLabels: () => MENU_LABELS[language] });
  const services = createAppServices({
    userDataDir: app.getPath('userData'),
    resourcesDir: paths.resourcesDir,
    createStore: createElectronStore,
    pdfEngine: electronPdfEngine,
    printer: electronPrinter,
    dialogs,
    systemLanguage: () => app.getLocale(),
    notify: ({ payload }) => getMainWindow()?.webContents.send(JOB_PROGRESS_CHANNEL, payload),
  });

  const relabel = (uiLanguage: string | undefined): void => {
    language = menuLanguageFor(uiLanguage, app.getLocale());
    setupMenu({
      language,
      resourcesDir: paths.resourcesDir,
      getWindow: getMainWindow,
      sendCommand: (command) => getMainWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
      importCampaign: () => {
        void dialogs.showOpenCampaign().then((filePath) => filePath && openedFiles.open(filePath));
      },
    });
  };
  relabel(await services.getSettings(undefined).then((settings) => settings.uiLanguage, () => undefined));

  setupIpc(followUiLanguage(services, relabel), getMainWindow);

  openMainWindow = () => {
    const window = createMainWindow({ preloadPath: paths.preloadPath, iconPath: paths.windowIconPath, devTools: !app.isPackaged });
    routeZoomToTextSize(window);
    openedFiles.attach(window);
  };
  openMainWindow();
  app.on('activate', () => {
    // macOS: clicking the Dock icon with no window open brings one back.
    if (!getMainWindow()) openMainWindow?.();
  });
}
