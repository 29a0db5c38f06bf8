import { describe, expect, it, vi } from 'vitest';
import { JOB_PROGRESS_CHANNEL } from '../../shared/api/contract';

// The preload runs with Electron's contextBridge and ipcRenderer, mocked here at that one seam.
const electron = vi.hoisted(() => ({ exposeInMainWorld: vi.fn(), invoke: vi.fn(), on: vi.fn() }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on },
}));

describe('job progress through the preload', () => {
  it('hands valid progress to subscribers as plain objects, drops anything else, and unsubscribes', async () => {
    await import('../../main/preload/index');
    const api = electron.exposeInMainWorld.mock.calls[0]?.[1] as { onJobProgress: (cb: (e: unknown) => void) => () => void };
    const listener = electron.on.mock.calls.find(([channel]) => channel === JOB_PROGRESS_CHANNEL)?.[1] as (event: unknown, payload: unknown) => void;
    const received: unknown[] = [];
    const unsubscribe = api.onJobProgress((event) => received.push(event));
    listener({ sender: 'the IPC event' }, { jobId: 'job-1', done: 3, total: 10, extra: 'dropped' });
    listener({}, { jobId: 'job-1', done: -1, total: 10 });
    listener({}, 'not an event');
    unsubscribe();
    listener({}, { jobId: 'job-1', done: 4, total: 10 });
    expect(received).toEqual([{ jobId: 'job-1', done: 3, total: 10 }]);
    expect(() => api.onJobProgress('nope' as never)).toThrow(TypeError);
  });
});
