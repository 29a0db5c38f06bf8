import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// `npm start` on a computer without the Electron binary. ELECTRON_OVERRIDE_DIST_PATH points the
// electron package at an empty folder, so the test behaves the same whether or not this machine
// has the binary, and never touches the network. APPEAL_SKIP_BUILD skips the (slow) build.

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

function runStart(distPath: string) {
  return spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distPath, APPEAL_SKIP_BUILD: '1' },
    timeout: 20_000,
  });
}

describe('scripts/start.mjs', () => {
  it('says in one plain sentence how to get Electron when its binary is missing, and exits 1', () => {
    const result = runStart(tempFolder());
    expect(result.status).toBe(1);
    const output = `${result.stdout}${result.stderr}`.trim();
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(/^The Electron runtime is not installed on this computer\./);
    expect(output).toContain('npx install-electron');
    // No stack trace, no error class names.
    expect(output).not.toMatch(/\n\s+at |Error:|node:internal/);
  });

  it.skipIf(process.platform === 'win32')('launches the binary on the project when it is there, and passes its exit code on', () => {
    const dist = tempFolder();
    const marker = join(dist, 'launched-with.txt');
    // A stand-in for Electron: records its arguments and folder, then exits with a telling code.
    writeFileSync(join(dist, 'electron'), `#!/bin/sh\necho "$@|$PWD|$ELECTRON_RUN_AS_NODE" > "${marker}"\nexit 7\n`);
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
