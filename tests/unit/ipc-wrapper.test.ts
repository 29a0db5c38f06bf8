import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, operationNames, type AppServices, type OperationName } from '../../shared/api/contract';

vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));

const { createTrustedSenderCheck, registerOperations } = await import('../../main/ipc/register-operations');
const { createOperationHandler, RefusedOperationError } = await import('../../main/ipc/operation-handler');

/** A spy per operation: the test sees exactly what reached the services. */
function spyServices() {
  const services = Object.fromEntries(operationNames.map((op) => [op, vi.fn(async () => `result of ${op}`)])) as unknown as AppServices &
    Record<OperationName, ReturnType<typeof vi.fn>>;
  return services;
}

// Refusals are logged on purpose; keep the test output readable.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const trusted = () => true;
const untrusted = () => false;
const event = {} as never;

describe('createOperationHandler', () => {
  it.each(operationNames)('%s: a payload that breaks the schema never reaches the service', async (op) => {
    const services = spyServices();
    const handler = createOperationHandler(op, services, trusted);
    // A number fits no schema of the contract (no-input operations take nothing at all).
    await expect(handler(event, 42)).rejects.toBeInstanceOf(RefusedOperationError);
    await expect(handler(event, '<script>')).rejects.toThrow(/Invalid input/);
    await expect(handler(event, [{ id: 'x' }])).rejects.toThrow(/Invalid input/);
    expect(services[op]).not.toHaveBeenCalled();
  });

  it('passes a valid payload on, parsed: defaults filled in and unknown keys dropped', async () => {
    const services = spyServices();
    await expect(createOperationHandler('getCampaign', services, trusted)(event, { id: 'azerbaijan-2020', extra: 1 })).resolves.toBe(
      'result of getCampaign',
    );
    expect(services.getCampaign).toHaveBeenCalledWith({ id: 'azerbaijan-2020' });

    await createOperationHandler('saveSettings', services, trusted)(event, {});
    expect(services.saveSettings).toHaveBeenCalledWith({ theme: 'standard', zoom: 1, welcomeSeen: false, sharedComputer: false });

    await createOperationHandler('listCampaigns', services, trusted)(event, undefined);
    expect(services.listCampaigns).toHaveBeenCalledWith(undefined);
  });

  it('refuses an oversized or malformed payload for a checked field', async () => {
    const services = spyServices();
    const preview = createOperationHandler('previewImport', services, trusted);
    await expect(preview(event, { fileName: 'x'.repeat(261), contents: '' })).rejects.toThrow(RefusedOperationError);
    await expect(createOperationHandler('getCampaign', services, trusted)(event, { id: '' })).rejects.toThrow();
    expect(services.previewImport).not.toHaveBeenCalled();
    expect(services.getCampaign).not.toHaveBeenCalled();
  });

  it('never echoes the payload (it may hold personal data) in the error', async () => {
    const services = spyServices();
    const error = await createOperationHandler('saveProfile', services, trusted)(event, { firstName: 'Ada Secret', city: 42 }).catch(
      (e: unknown) => e,
    );
    expect(String((error as Error).message)).not.toContain('Ada Secret');
  });

  it("logs where a payload broke the schema, but not a record's keys, which come from the payload", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const payload = { home: 1.2, abroad: 'x', byRegion: { 'Ada Secret': 2, FR: 1 } };
    await expect(createOperationHandler('savePostagePrices', spyServices(), trusted)(event, payload)).rejects.toThrow(/Invalid input/);
    const logged = warn.mock.calls.flat().join('\n');
    expect(logged).toContain('invalid input at abroad, byRegion.?');
    expect(logged).not.toContain('Ada');
  });

  it('refuses an untrusted sender before looking at the payload', async () => {
    const services = spyServices();
    const check = vi.fn(untrusted);
    const handler = createOperationHandler('getCampaign', services, check);
    await expect(handler(event, { id: 'azerbaijan-2020' })).rejects.toThrow(/untrusted sender/);
    expect(check).toHaveBeenCalledWith(event);
    expect(services.getCampaign).not.toHaveBeenCalled();
  });

  it('knows no operation outside the contract', () => {
    const services = spyServices();
    for (const name of ['constructor', '__proto__', 'toString', 'invoke', 'readFile']) {
      expect(() => createOperationHandler(name as OperationName, services, trusted)).toThrow(RefusedOperationError);
    }
  });
});

describe('registerOperations', () => {
  function fakeIpc() {
    const handlers = new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>();
    return {
      handlers,
      handle: vi.fn((channel: string, handler: (event: unknown, payload?: unknown) => Promise<unknown>) => void handlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
      /** What ipcMain does with an invoke: call the channel's handler if there is one. */
      invoke(channel: string, payload?: unknown) {
        const handler = handlers.get(channel);
        return handler ? handler({}, payload) : undefined;
      },
    };
  }

  it('registers exactly one handler per contract operation, on its channel', () => {
    const ipc = fakeIpc();
    registerOperations(ipc as never, spyServices(), trusted);
    expect([...ipc.handlers.keys()].sort()).toEqual(operationNames.map(channelOf).sort());
  });

  it('does nothing for a channel outside the contract, even if a service of that name exists', async () => {
    const ipc = fakeIpc();
    const services = Object.assign(spyServices(), { deleteEverything: vi.fn() });
    registerOperations(ipc as never, services, trusted);
    for (const channel of ['appeal:deleteEverything', 'appeal:invoke', 'appeal:event:file-opened', 'listCampaigns', 'appeal:']) {
      expect(ipc.invoke(channel, {})).toBeUndefined();
    }
    expect(services.deleteEverything).not.toHaveBeenCalled();
    for (const op of operationNames) expect(services[op]).not.toHaveBeenCalled();
  });

  it('routes a valid call through the check and the schema to the service', async () => {
    const ipc = fakeIpc();
    const services = spyServices();
    registerOperations(ipc as never, services, trusted);
    await expect(ipc.invoke(channelOf('confirmImport'), { token: 't-1' })).resolves.toBe('result of confirmImport');
    expect(services.confirmImport).toHaveBeenCalledWith({ token: 't-1', trusted: false });
  });

  it('removes every handler again', () => {
    const ipc = fakeIpc();
    const unregister = registerOperations(ipc as never, spyServices(), trusted);
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('createTrustedSenderCheck', () => {
  function fakeWindow(url = 'app://renderer/index.html') {
    const mainFrame = { url, processId: 7, frameToken: 'main', isDestroyed: () => false };
    const webContents = { mainFrame };
    return { window: { isDestroyed: () => false, webContents }, mainFrame, webContents };
  }

  it("accepts only the main window's top frame showing the app's renderer", () => {
    const { window, mainFrame, webContents } = fakeWindow();
    const check = createTrustedSenderCheck(() => window as never);
    expect(check({ sender: webContents, senderFrame: mainFrame } as never)).toBe(true);
  });

  it('refuses a subframe, another window, a foreign page, a gone frame and a closed window', () => {
    const { window, mainFrame, webContents } = fakeWindow();
    const check = createTrustedSenderCheck(() => window as never);
    const subframe = { ...mainFrame, frameToken: 'child' };
    expect(check({ sender: webContents, senderFrame: subframe } as never)).toBe(false);
    expect(check({ sender: { mainFrame }, senderFrame: mainFrame } as never)).toBe(false);
    expect(check({ sender: webContents, senderFrame: null } as never)).toBe(false);
    expect(check({ sender: webContents, senderFrame: { ...mainFrame, isDestroyed: () => true } } as never)).toBe(false);
    expect(createTrustedSenderCheck(() => null)({ sender: webContents, senderFrame: mainFrame } as never)).toBe(false);
    expect(createTrustedSenderCheck(() => ({ ...window, isDestroyed: () => true }) as never)({ sender: webContents, senderFrame: mainFrame } as never)).toBe(
      false,
    );
  });

  it.each(['https://example.org/', 'file:///home/member/evil.html', 'app://resources/x.html', 'app://renderer.evil/index.html', 'about:blank'])(
    'refuses the main frame when it shows %s',
    (url) => {
      const { window, mainFrame, webContents } = fakeWindow(url);
      expect(createTrustedSenderCheck(() => window as never)({ sender: webContents, senderFrame: mainFrame } as never)).toBe(false);
    },
  );
});
