import { protocol } from 'electron';
import { APP_SCHEME } from '../renderer-files/app-urls';
import { createAppProtocolHandler, type ProtocolRoots } from '../renderer-files/app-protocol-handler';

/**
 * The app's documents come from its own `app://` scheme, not file://: file:// pages share one
 * origin with the whole disk, while app://renderer and app://resources are origins of their own
 * whose every answer carries the CSP header (main/renderer-files/app-protocol-handler.ts).
 */

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origins and relative URLs; secure: a secure context like https;
      // supportFetchAPI: module scripts and fonts are fetched with it. Nothing more (no CSP bypass,
      // no service workers).
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

/** After ready: answers app:// requests in the default session (where every window lives). */
export function setupProtocol(roots: ProtocolRoots): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(roots));
}
