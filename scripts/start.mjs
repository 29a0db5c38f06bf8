#!/usr/bin/env node
/**
 * `npm start`: builds the app (electron-vite) and runs it in Electron.
 *
 * Electron 45's npm package carries no binary: the binary is fetched on first use. Requiring the
 * package (node_modules/electron/index.js) to find it would start that download and, without a
 * network, throw a stack trace at the member. So this script looks for the binary the way index.js
 * does — path.txt names it inside dist/, or ELECTRON_OVERRIDE_DIST_PATH names another folder — and
 * when it is absent says so in one plain sentence and exits 1. It checks before building, so the
 * answer comes at once rather than after a build.
 *
 * APPEAL_SKIP_BUILD=1 skips the build (tests; or when out/ is fresh).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectDir, 'package.json'));

const MISSING_RUNTIME =
  'The Electron runtime is not installed on this computer. On a computer with internet, run `npx install-electron` once (or `npm install` with network access), then `npm start` again.';

/** Where the electron package puts its binary on this platform (as its install.js names it). */
function platformExecutable() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** The Electron binary's path, or null when it is not there. Never downloads. */
function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const named = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, named || platformExecutable())
    : named
      ? path.join(packageDir, 'dist', named)
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

function fail(sentence) {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
}

const electronBinary = findElectronBinary();
if (!electronBinary) fail(MISSING_RUNTIME);

if (process.env.APPEAL_SKIP_BUILD !== '1') {
  const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  // The build prints its own errors; all that is left to do is stop.
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectDir, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ELECTRON_RUN_AS_NODE left over in a shell would start Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(electronBinary, ['.'], { cwd: projectDir, stdio: 'inherit', env, windowsHide: false });
child.on('error', () => fail(`Electron could not be started from ${electronBinary}. Run \`npx install-electron\` again, then \`npm start\`.`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
