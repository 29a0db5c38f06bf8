/**
 * The app's own URL space, served by the `app://` protocol (main/electron/protocol.ts, answered
 * by app-protocol-handler.ts). Two hosts, each its own origin, so the CSP's 'self' confines a
 * document to the files of its own host:
 * - app://renderer/  the bundled UI (out/renderer);
 * - app://resources/ the bundled resources folder (fonts, letter CSS, icons, campaigns).
 * No Node or Electron imports: the IPC wrapper and tests import these too.
 */
export const APP_SCHEME = 'app';
export const RENDERER_HOST = 'renderer';
export const RESOURCES_HOST = 'resources';
export const RENDERER_ORIGIN = `${APP_SCHEME}://${RENDERER_HOST}`;
export const RESOURCES_ORIGIN = `${APP_SCHEME}://${RESOURCES_HOST}`;
export const RENDERER_ENTRY_URL = `${RENDERER_ORIGIN}/index.html`;
/** The print page: hidden print and PDF windows load it and hand it the composed letters. */
export const PRINT_PAGE_URL = `${RENDERER_ORIGIN}/print.html`;
