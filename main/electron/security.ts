import { app, type Session, type WebContents } from 'electron';

/**
 * App-wide hardening, after the Electron security checklist and Signal-Desktop: the app shows
 * only its own bundled pages, so every attempt to go anywhere else is refused.
 */

const preventDefault = (event: { preventDefault(): void }): void => event.preventDefault();

/**
 * For one webContents: no navigation of any frame (a link, a dropped file, a redirect), no new
 * windows, no <webview>. The app's pages are loaded by main with loadURL, which these events do not
 * concern, and in-page routing uses the History API, which does not navigate.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', preventDefault);
  contents.on('will-frame-navigate', preventDefault);
  contents.on('will-redirect', preventDefault);
  contents.on('will-attach-webview', preventDefault);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * For one session: no permission is ever granted (camera, notifications, clipboard reads,
 * geolocation, …) and none reported as granted; no device access. The app needs none of them.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Before ready: every renderer sandboxed (whatever a window's options say), and every webContents
 * and session Electron creates hardened as it appears — the hidden print windows included.
 */
export function setupSecurity(): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (session) => hardenSession(session));
}
