#!/usr/bin/env node
/**
 * `npm start`: fetches the Electron runtime if this computer has none yet, builds the app
 * (electron-vite) and runs it in Electron.
 *
 * Electron 45's npm package carries no binary: its `install-electron` command (the package's
 * install.js) fetches it. Requiring the package (node_modules/electron/index.js) to find the
 * binary would start that download with no word to the member and, without a network, throw a
 * stack trace at them. So this script looks for the binary the way index.js does — path.txt names
 * it inside dist/, or ELECTRON_OVERRIDE_DIST_PATH names another folder — and when it is absent
 * runs install.js itself, as `npx install-electron` would, keeping its output to itself: a failure
 * is said in one plain sentence. It all happens before building, so the answer comes at once.
 *
 * APPEAL_SKIP_BUILD=1 skips the build (tests; or when out/ is fresh). APPEAL_ELECTRON_INSTALLER
 * names another script to run in install.js's place: tests, which must never download.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectDir, 'package.json'));

const OFFLINE = 'Appeal Letters needs its runtime once: connect to the internet and run npm start again.';
const NOT_FETCHED = 'Appeal Letters could not fetch its runtime: run `npx install-electron` to see why, then npm start again.';
/** What a download that never reached the server says (Node's fetch, DNS, refused or cut connections). */
const NO_NETWORK = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up/i;

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

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The Electron binary's path, or null when it is not there. Never downloads. */
function findElectronBinary() {
  const packageDir = electronPackageDir();
  if (!packageDir) return null;
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

/**
 * Runs the electron package's own installer (the `install-electron` command) and returns the
 * binary it put in place. Its output — a raw `TypeError: fetch failed` and stack when offline —
 * is read here, never shown: the member gets one sentence.
 */
function fetchRuntime() {
  const packageDir = electronPackageDir();
  const installer = process.env.APPEAL_ELECTRON_INSTALLER || (packageDir && path.join(packageDir, 'install.js'));
  if (!installer || !existsSync(installer)) fail(NOT_FETCHED);
  process.stdout.write('Fetching the Electron runtime (once, about 100 MB)…\n');
  const install = spawnSync(process.execPath, [installer], { cwd: projectDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (install.status !== 0) fail(NO_NETWORK.test(`${install.stderr}${install.stdout}`) ? OFFLINE : NOT_FETCHED);
  return findElectronBinary() ?? fail(NOT_FETCHED);
}

const electronBinary = findElectronBinary() ?? fetchRuntime();

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
