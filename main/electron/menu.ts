import { app, dialog, Menu, shell, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import type { AppServices, MenuCommand } from '../../shared/api/contract';
import { MENU_LABELS, plain, type MenuLabels, type MenuLanguage } from './menu-labels';

/**
 * The application menu: standard roles (so shortcuts and platform behaviour come from Electron),
 * labelled in the member's language. No Reload and no developer tools in it: a reload would drop
 * the letter being written, and the app is not a browser.
 */

export interface MenuActions {
  /** File ▸ Import…: choose a campaign file; it then opens like a double-clicked one. */
  importCampaign(): void;
  showAbout(): void;
  /** Text size lives in the renderer (it scales the layout and is remembered), not in Chromium's zoom. */
  sendCommand(command: MenuCommand): void;
}

export function menuTemplate(
  labels: MenuLabels,
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: plain(labels.about), click: () => actions.showAbout() };
  return [
    // macOS puts About, Hide and Quit in a menu named after the app.
    ...(isMac ? [{ role: 'appMenu', submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'quit', label: labels.quit }] } satisfies MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        { label: labels.import, accelerator: 'CommandOrControl+O', click: () => actions.importCampaign() },
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: labels.quit } as const]),
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { label: labels.zoomIn, accelerator: 'CmdOrCtrl+Plus', click: () => actions.sendCommand('text-larger') },
        // The same on keyboards where "+" needs Shift: Ctrl and the "=" key.
        { label: labels.zoomIn, accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true, click: () => actions.sendCommand('text-larger') },
        { label: labels.zoomOut, accelerator: 'CmdOrCtrl+-', click: () => actions.sendCommand('text-smaller') },
        { label: labels.resetZoom, accelerator: 'CmdOrCtrl+0', click: () => actions.sendCommand('text-normal') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.fullScreen },
      ],
    },
    {
      label: labels.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: labels.minimize },
        { role: 'close', label: labels.close },
      ],
    },
    { label: labels.help, role: 'help', submenu: isMac ? [] : [about] },
  ];
}

export interface MenuSetup {
  language: MenuLanguage;
  resourcesDir: string;
  importCampaign(): void;
  sendCommand(command: MenuCommand): void;
  getWindow(): BaseWindow | null;
}

/** Builds the menu; call again with another language when the member changes it. */
export function setupMenu({ language, resourcesDir, importCampaign, sendCommand, getWindow }: MenuSetup): void {
  const labels = MENU_LABELS[language];
  const showAbout = (): void => void showAboutBox(labels, resourcesDir, getWindow());
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(labels, { importCampaign, showAbout, sendCommand })));
}

/** By About-box button index. */
const LICENCE_FILES: Record<number, string | undefined> = { 1: 'DejaVu-LICENSE.txt', 2: 'AtkinsonHyperlegible-OFL.txt' };

async function showAboutBox(labels: MenuLabels, resourcesDir: string, window: BaseWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: plain(labels.about),
    message: app.getName(),
    detail: [
      `${labels.version} ${app.getVersion()}`,
      '',
      `${labels.fontsHeading}:`,
      `• ${labels.dejaVuLicence}`,
      `• ${labels.atkinsonLicence}`,
    ].join('\n'),
    buttons: [labels.ok, labels.showDejaVuLicence, labels.showAtkinsonLicence],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  // The full licence texts ship in resources/fonts, as both licences require.
  const licence = LICENCE_FILES[response];
  if (licence) {
    const problem = await shell.openPath(join(resourcesDir, 'fonts', licence));
    if (problem) console.warn(`[menu] could not open a licence file: ${problem}`);
  }
}

/**
 * The services with one addition: when the member saves settings with another UI language, the
 * menu follows at once (`apply` rebuilds it). The settings themselves pass through untouched.
 */
export function followUiLanguage(services: AppServices, apply: (uiLanguage: string | undefined) => void): AppServices {
  return {
    ...services,
    saveSettings: async (settings) => {
      const result = await services.saveSettings(settings);
      apply(settings.uiLanguage);
      return result;
    },
  };
}
