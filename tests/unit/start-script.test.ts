import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// `npm start` on a computer without the Electron binary. ELECTRON_OVERRIDE_DIST_PATH points the
// electron package at an empty folder, so the test behaves the same whether or not this machine
// has the binary. The download step (electron's install.js) is replaced by a stand-in through
// APPEAL_ELECTRON_INSTALLER: nothing here ever reaches the network. APPEAL_SKIP_BUILD skips the
// (slow) build.

const script = join(import.meta.dirname, '..', '..', 'scripts', 'start.mjs');
const folders: string[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'appeal-start-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A stand-in for Electron: records its arguments, folder and ELECTRON_RUN_AS_NODE, then exits 7. */
function fakeElectron(marker: string): string {
  return `#!/bin/sh\necho "$@|$PWD|$ELECTRON_RUN_AS_NODE" > "${marker}"\nexit 7\n`;
}

/** A stand-in for electron's install.js, as a file `npm start` runs in its place. */
function fakeInstaller(source: string): string {
  const file = join(tempFolder(), 'install.mjs');
  writeFileSync(file, source);
  return file;
}

/** What electron's install.js prints offline (Node's fetch failing inside @electron/get). */
const OFFLINE_INSTALLER = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at async getResponse (node_modules/@electron/get/dist/index.js:1:1)'); process.exit(1);`;

function runStart(distPath: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distPath, APPEAL_SKIP_BUILD: '1', ...env },
    timeout: 20_000,
  });
}

describe('scripts/start.mjs', () => {
  it('offline, says in one plain sentence that the runtime needs the internet once, with no stack, and exits 1', () => {
    const result = runStart(tempFolder(), { APPEAL_ELECTRON_INSTALLER: fakeInstaller(OFFLINE_INSTALLER) });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Appeal Letters needs its runtime once: connect to the internet and run npm start again.');
    // No stack trace, no error class names, anywhere.
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error|fetch failed|node:internal/);
  });

  it('on another download failure, says where to look in one sentence rather than blaming the network', () => {
    const result = runStart(tempFolder(), { APPEAL_ELECTRON_INSTALLER: fakeInstaller(`console.error('Error: checksum mismatch\\n    at verify (x.js:1:1)'); process.exit(1);`) });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Appeal Letters could not fetch its runtime: run `npx install-electron` to see why, then npm start again.');
    expect(result.stderr).not.toMatch(/checksum|\n\s+at /);
  });

  it.skipIf(process.platform === 'win32')('fetches the runtime when it is missing, then starts it', () => {
    const dist = tempFolder();
    const marker = join(dist, 'launched-with.txt');
    // The stand-in "downloads" by putting the binary where electron's installer would.
    const installer = fakeInstaller(
      `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(join(dist, 'electron'))}, ${JSON.stringify(fakeElectron(marker))}, { mode: 0o755 });`,
    );
    const result = runStart(dist, { APPEAL_ELECTRON_INSTALLER: installer });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Fetching the Electron runtime');
    expect(result.status).toBe(7);
    expect(readFileSync(marker, 'utf8').split('|')[0]).toBe('.');
  });

  it.skipIf(process.platform === 'win32')('launches the binary on the project when it is there, and passes its exit code on', () => {
    const dist = tempFolder();
    const marker = join(dist, 'launched-with.txt');
    // A stand-in for Electron: records its arguments and folder, then exits with a telling code.
    writeFileSync(join(dist, 'electron'), fakeElectron(marker));
    chmodSync(join(dist, 'electron'), 0o755);
    const result = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist, APPEAL_SKIP_BUILD: '1', ELECTRON_RUN_AS_NODE: '1' },
      timeout: 20_000,
    });
    expect(result.status).toBe(7);
    const [args, cwd, runAsNode] = readFileSync(marker, 'utf8').trim().split('|');
    expect(args).toBe('.');
    expect(cwd).toBe(join(import.meta.dirname, '..', '..'));
    expect(runAsNode).toBe('');
  });
});
