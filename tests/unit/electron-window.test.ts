import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is mocked at its one seam: these tests check the options and handlers the app gives
// Electron, which is where a weakened setting would show.
const electron = vi.hoisted(() => {
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  return {
    appEvents,
    app: {
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => appEvents.set(event, listener)),
      enableSandbox: vi.fn(),
      getPath: vi.fn(() => '/home/member/Documents'),
    },
  };
});
vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: class {},
  dialog: {},
  screen: { getAllDisplays: () => [] },
}));
vi.mock('electron-store', () => ({ default: class {} }));

const { mainWindowOptions, hardenedWebPreferences } = await import('../../main/electron/window');
const { printWindowOptions, printOutcome, renderScript, withExtension } = await import('../../main/electron/electron-adapters');
const { hardenSession, hardenWebContents, setupSecurity } = await import('../../main/electron/security');

/** The only webPreferences keys the app may set. A new key must be added here on purpose. */
const ALLOWED_KEYS = new Set([
  'contextIsolation',
  'sandbox',
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'webSecurity',
  'allowRunningInsecureContent',
  'webviewTag',
  'experimentalFeatures',
  'navigateOnDragDrop',
  'spellcheck',
  'safeDialogs',
  'preload',
  'devTools',
  'javascript',
]);

const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

describe('the main window', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('is fully hardened', () => {
    expect(prefs).toMatchObject(HARDENED);
  });

  it('loads the preload and nothing else through it', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('sets no web preference outside the reviewed list', () => {
    for (const key of Object.keys(prefs)) expect(ALLOWED_KEYS, `unexpected webPreferences.${key}`).toContain(key);
  });

  it('has developer tools off unless asked for (development only)', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p', { devTools: true }).webPreferences?.devTools).toBe(true);
    // Asking for devtools changes nothing else.
    expect(mainWindowOptions('/p', { devTools: true }).webPreferences).toMatchObject(HARDENED);
  });

  it('shows only once its content is ready', () => {
    expect(options.show).toBe(false);
  });

  it('keeps the hardening even if a caller tampers with a returned object', () => {
    const first = hardenedWebPreferences();
    first.sandbox = false;
    expect(hardenedWebPreferences().sandbox).toBe(true);
  });
});

describe('the hidden print window', () => {
  const prefs = printWindowOptions().webPreferences ?? {};

  it('has the same hardening, no preload, no devtools, and stays hidden', () => {
    expect(prefs).toMatchObject(HARDENED);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.devTools).toBe(false);
    expect(printWindowOptions().show).toBe(false);
    for (const key of Object.keys(prefs)) expect(ALLOWED_KEYS).toContain(key);
  });

  it('hands letters over as data, not code', () => {
    const script = renderScript([{ text: '"); alert(1); ("' } as never], { padToEven: true });
    // The hostile text stays inside a JSON string literal.
    expect(script).toContain(JSON.stringify('"); alert(1); ("'));
    expect(script).toContain('{"padToEven":true}');
  });

  it('treats a cancelled print dialog as an outcome, not a failure', () => {
    expect(printOutcome(true, '')).toBe('printed');
    expect(printOutcome(false, 'cancelled')).toBe('cancelled');
    expect(printOutcome(false, 'Print job canceled')).toBe('cancelled');
    expect(printOutcome(false, 'Print job failed')).toEqual({ failed: 'Print job failed' });
    expect(printOutcome(false, '')).toEqual({ failed: 'unknown printing error' });
  });

  it('gives saved files their extension', () => {
    expect(withExtension('/d/letter', 'pdf')).toBe('/d/letter.pdf');
    expect(withExtension('/d/letter.PDF', 'pdf')).toBe('/d/letter.PDF');
    expect(withExtension('/d/letter.pdf', 'docx')).toBe('/d/letter.pdf.docx');
  });
});

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function fakeEvent() {
  return { preventDefault: vi.fn() };
}

describe('web contents hardening', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    const event = fakeEvent();
    contents.emit(name, event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never);
    for (const url of ['https://example.org/', 'app://renderer/index.html', 'file:///etc/passwd', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
});

describe('session hardening', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
  }

  it('denies every permission request, check and device', () => {
    const session = fakeSession();
    hardenSession(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://renderer', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});

describe('setupSecurity', () => {
  beforeEach(() => {
    electron.appEvents.clear();
    vi.clearAllMocks();
  });

  it('sandboxes every renderer and hardens every web contents and session as it is created', () => {
    setupSecurity();
    expect(electron.app.enableSandbox).toHaveBeenCalled();

    const contents = new FakeContents();
    electron.appEvents.get('web-contents-created')?.({}, contents);
    const event = fakeEvent();
    contents.emit('will-navigate', event, 'https://example.org/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });

    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    electron.appEvents.get('session-created')?.(session);
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
  });
});
