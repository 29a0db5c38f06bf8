import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, operationNames } from '../../shared/api/contract';
import { FILE_OPENED_CHANNEL } from '../../main/ipc/channels';

// The preload runs with Electron's contextBridge and ipcRenderer, mocked here at that one seam.
const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string) => `answer from ${channel}`),
  on: vi.fn(),
  removeListener: vi.fn(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

type Exposed = Record<string, (...args: unknown[]) => unknown>;

/** Loads a fresh copy of the preload and returns what it exposed, and its IPC listener. */
async function loadPreload() {
  vi.resetModules();
  vi.clearAllMocks();
  await import('../../main/preload/index');
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.exposeInMainWorld.mock.calls[0] as [string, Exposed];
  const listener = electron.on.mock.calls.find(([channel]) => channel === FILE_OPENED_CHANNEL)?.[1] as (
    event: unknown,
    payload: unknown,
  ) => void;
  return { name, api, emit: (payload: unknown) => listener({ sender: 'the IPC event' }, payload) };
}

describe('the preload', () => {
  beforeEach(() => vi.clearAllMocks());

  it('sets zod to parse without probing for eval, which the page’s CSP refuses', async () => {
    const { z } = await import('zod');
    z.config({ jitless: false });
    await loadPreload();
    expect(z.config().jitless).toBe(true);
  });

  it("exposes 'appeal' with exactly the contract's operations plus onFileOpened", async () => {
    const { name, api } = await loadPreload();
    expect(name).toBe('appeal');
    expect(Object.keys(api).sort()).toEqual([...operationNames, 'onFileOpened', 'onJobProgress', 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes nothing generic: no invoke, send, on or ipcRenderer', async () => {
    const { api } = await loadPreload();
    for (const key of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer', 'postMessage']) expect(api).not.toHaveProperty(key);
  });

  it.each(operationNames)('%s invokes its own channel with one argument', async (op) => {
    const { api } = await loadPreload();
    const input = { some: 'input' };
    await expect(api[op]!(input, 'extra', 'arguments')).resolves.toBe(`answer from ${channelOf(op)}`);
    expect(electron.invoke).toHaveBeenCalledTimes(1);
    expect(electron.invoke).toHaveBeenCalledWith(channelOf(op), input);
  });

  it('hands opened files to the page as plain objects, never the IPC event', async () => {
    const { api, emit } = await loadPreload();
    const received: unknown[] = [];
    const unsubscribe = api.onFileOpened!((file: unknown) => received.push(file)) as () => void;
    emit({ fileName: 'march.appeal', contents: '{}', extra: 'dropped' });
    expect(received).toEqual([{ fileName: 'march.appeal', contents: '{}' }]);

    emit({ fileName: 42, contents: null });
    emit('not an object');
    expect(received).toHaveLength(1);

    unsubscribe();
    emit({ fileName: 'april.appeal', contents: '{}' });
    expect(received).toHaveLength(1);
  });

  it('keeps files that arrive before the page subscribes', async () => {
    const { api, emit } = await loadPreload();
    emit({ fileName: 'early.appeal', contents: '{"a":1}' });
    const received: unknown[] = [];
    api.onFileOpened!((file: unknown) => received.push(file));
    await Promise.resolve();
    expect(received).toEqual([{ fileName: 'early.appeal', contents: '{"a":1}' }]);
  });

  it('refuses a callback that is not a function', async () => {
    const { api } = await loadPreload();
    expect(() => api.onFileOpened!('alert(1)')).toThrow(TypeError);
  });
});
