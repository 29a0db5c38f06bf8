import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_OPENED_CHANNEL } from '../../shared/api/contract';

// Electron's `app` at its thinnest: the lock answer and the events a second launch raises.
const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: vi.fn(() => true), quit: vi.fn() });
vi.mock('electron', () => ({ app }));

const { appealFileFromArgv, setupSingleInstance } = await import('../../main/electron/single-instance');
const { OpenedFiles } = await import('../../main/electron/opened-files');

/** A window as OpenedFiles sees it: it loads, then receives what main sends. */
function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), { send: vi.fn() });
  return Object.assign(new EventEmitter(), { webContents, isDestroyed: () => false });
}

describe('one running app, and files handed to it', () => {
  beforeEach(() => {
    app.removeAllListeners();
    app.quit.mockClear();
  });

  it('a second launch quits at once when the first holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(setupSingleInstance({ openFile: vi.fn(), focus: vi.fn() })).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('a file: URL (a Linux desktop launching with %U) is opened as the file it names, first and second launch alike', () => {
    const file = path.resolve('/home/member/Mail/Appel de décembre.appeal');
    const url = pathToFileURL(file).href;
    expect(url).toMatch(/^file:\/\/.*%20/);
    expect(appealFileFromArgv(['/usr/bin/appeal-letters', url], '/elsewhere')).toBe(file);
    const openFile = vi.fn();
    expect(setupSingleInstance({ openFile, focus: vi.fn() })).toBe(true);
    app.emit('second-instance', {}, ['/usr/bin/appeal-letters', '--some-switch', url], '/tmp');
    expect(openFile).toHaveBeenCalledWith(file);
    // Not a local file: nothing to open.
    expect(appealFileFromArgv(['app', 'file://server/share/x.appeal'], '/')).toBe(process.platform === 'win32' ? '\\\\server\\share\\x.appeal' : null);
  });

  it('a second launch with a .appeal file brings the window forward and hands it the file', () => {
    const openFile = vi.fn();
    const focus = vi.fn();
    expect(setupSingleInstance({ openFile, focus })).toBe(true);
    app.emit('second-instance', {}, ['/usr/bin/appeal-letters', '--some-switch', 'mail/April.appeal'], '/home/member');
    expect(focus).toHaveBeenCalled();
    expect(openFile).toHaveBeenCalledWith(path.resolve('/home/member', 'mail/April.appeal'));
  });

  it('a second launch without a file only brings the window forward', () => {
    const openFile = vi.fn();
    const focus = vi.fn();
    setupSingleInstance({ openFile, focus });
    app.emit('second-instance', {}, ['/usr/bin/appeal-letters'], '/home/member');
    expect(focus).toHaveBeenCalled();
    expect(openFile).not.toHaveBeenCalled();
    expect(appealFileFromArgv(['app', 'notes.txt', '--x.appeal'], '/')).toBeNull();
  });

  it('sends an opened file to the window once it has loaded, by name only, with its text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'appeal-open-'));
    const file = path.join(dir, 'April.appeal');
    writeFileSync(file, '{"format":"appeal-letters/campaign"}');
    const opened = new OpenedFiles();
    const window = fakeWindow();
    opened.attach(window as never);
    opened.open(file); // before the page is there: it waits
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window.webContents.send).toHaveBeenCalled());
    expect(window.webContents.send).toHaveBeenCalledWith(FILE_OPENED_CHANNEL, {
      fileName: 'April.appeal',
      contents: '{"format":"appeal-letters/campaign"}',
    });
  });
});
