import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packages the app with electron-builder, offline, and checks what goes into app.asar.
 *
 * electron-builder would download Electron; `-c.electronDist` hands it a folder instead. For Linux
 * it copies that folder as the app (it needs the `electron` executable, which it renames; `locales/`
 * and `resources/` only as folders) and then flips the fuses in the executable with
 * @electron/fuses, which looks for Electron's fuse sentinel and fails without it. So the stub
 * binary carries a fake fuse wire with Electron's default states: the test then also proves that
 * electron-builder.yml's fuses are applied. (A real binary's fuses cannot be checked here.)
 *
 * Needs the build output (out/): `npm test` runs `electron-vite build` first.
 */

const projectDir = join(import.meta.dirname, '..', '..');
const ASAR_BUDGET_BYTES = 15 * 1024 * 1024;
const STUB_MARKER = 'appeal-letters packaging stub';
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults, in @electron/fuses' V1 order: RunAsNode on, CookieEncryption off,
// NODE_OPTIONS on, --inspect on, asar integrity off, only-from-asar off, V8 snapshot off,
// file:// privileges on.
const DEFAULT_WIRE = '10110001';
/** @electron/fuses' states as bytes (its FuseState enum is not exported): ASCII '0' and '1'. */
const FuseState = { DISABLE: 48, ENABLE: 49 } as const;

const packageJson = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

let work: string;
let unpackedDir: string;
let asarPath: string;
let entries: string[];
let builderOutput = '';

function writeStubElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(join(dir, 'version'), '45.5.0');
  writeFileSync(join(dir, 'LICENSE'), 'stub');
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\necho "${STUB_MARKER}"\nexit 0\n# `),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE, 'ascii'),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
}

/**
 * Bare module names a bundle loads. Bundles keep their imports at the start of a line (ESM
 * `import … from "x"`, CommonJS `const x = require("x")`); anchoring there skips the many
 * `from 'x'` inside bundled comments and generated-code strings.
 */
function bareImports(code: string): string[] {
  const names = new Set<string>();
  const patterns = [
    /^import\s[^;]*?\bfrom\s*["']([^"'./][^"']*)["']/gm,
    /^import\s*["']([^"'./][^"']*)["']/gm,
    /^(?:(?:const|let|var)\s+[\w$]+\s*=\s*)?require\(\s*["']([^"'./][^"']*)["']\s*\)/gm,
    /\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) names.add(match[1]!);
  return [...names];
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const asarText = (path: string): string => extractFile(asarPath, path).toString('utf8');

describe.skipIf(process.platform === 'win32')('packaging (electron-builder, offline, stub Electron)', () => {
  beforeAll(() => {
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      if (!existsSync(join(projectDir, built))) throw new Error(`${built} is missing: run \`npx electron-vite build\` first (npm test does).`);
    }
    work = mkdtempSync(join(tmpdir(), 'appeal-pack-'));
    const stub = join(work, 'electron-dist');
    writeStubElectron(stub);
    const arch = process.arch === 'arm64' ? '--arm64' : '--x64';
    const result = spawnSync(
      process.execPath,
      [
        join(projectDir, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        arch,
        '--publish',
        'never',
        `-c.electronDist=${stub}`,
        `-c.directories.output=${join(work, 'dist')}`,
      ],
      { cwd: projectDir, encoding: 'utf8', timeout: 240_000, env: { ...process.env, CI: 'true' } },
    );
    builderOutput = `${result.stdout}\n${result.stderr}`;
    if (result.status !== 0) throw new Error(`electron-builder failed (exit ${result.status}):\n${builderOutput}`);

    const unpacked = readdirSync(join(work, 'dist')).find((name) => name.startsWith('linux') && name.endsWith('unpacked'));
    if (!unpacked) throw new Error(`no linux-*unpacked folder in ${join(work, 'dist')}`);
    unpackedDir = join(work, 'dist', unpacked);
    asarPath = join(unpackedDir, 'resources', 'app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('needed nothing from the network', () => {
    expect(builderOutput).not.toMatch(/downloading|download failed|ENOTFOUND|EAI_AGAIN/i);
  });

  it('contains the built app and package.json', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(entries).toContain(file);
    }
  });

  it('contains no renderer-only or development package', () => {
    const devOnly = Object.keys(packageJson.devDependencies ?? {});
    const shipped = entries.filter((entry) => devOnly.some((name) => entry.startsWith(`/node_modules/${name}/`)));
    expect(shipped).toEqual([]);
    for (const name of ['react', 'react-dom', 'i18next', 'react-i18next', 'scheduler']) {
      expect(entries.some((entry) => entry.startsWith(`/node_modules/${name}/`)), name).toBe(false);
    }
  });

  it('contains no sources, tests, scripts or configuration', () => {
    const unwanted = entries.filter(
      (entry) =>
        /^\/(main|shared|renderer|tests|scripts|resources|src|\.git|\.ci|\.tmp)(\/|$)/.test(entry) ||
        (!entry.startsWith('/node_modules/') && /\.(tsx?|map)$/.test(entry)) ||
        /^\/(tsconfig[^/]*\.json|electron\.vite\.config\.ts|vitest\.config\.ts|eslint\.config\.js|electron-builder\.yml|package-lock\.json|\.env.*)$/.test(entry),
    );
    expect(unwanted).toEqual([]);
  });

  it(`stays under the size budget (${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`, () => {
    const size = statSync(asarPath).size;
    expect(size, `app.asar is ${(size / 1024 / 1024).toFixed(1)} MB`).toBeLessThan(ASAR_BUDGET_BYTES);
  });

  it('ships every package the main bundle imports', () => {
    const missing = bareImports(asarText('out/main/index.js'))
      .filter((specifier) => specifier !== 'electron' && !isBuiltin(specifier))
      .map(packageName)
      .filter((name) => !entries.includes(`/node_modules/${name}/package.json`));
    // Empty when main bundles its dependencies (electron.vite.config.ts main.build.externalizeDeps: false).
    expect(missing, 'out/main/index.js imports packages that are not in app.asar').toEqual([]);
  });

  it('has a preload that requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const requires = bareImports(asarText('out/preload/index.cjs')).filter((name) => name !== 'electron');
    // Empty when the preload bundles zod (electron.vite.config.ts preload.build.externalizeDeps: false).
    expect(requires, 'out/preload/index.cjs requires packages a sandboxed preload cannot load').toEqual([]);
  });

  it('puts the resources (fonts with their licences, icons) beside app.asar', () => {
    const resources = join(unpackedDir, 'resources', 'resources');
    for (const file of ['fonts/DejaVuSerif.ttf', 'fonts/DejaVu-LICENSE.txt', 'fonts/AtkinsonHyperlegible-OFL.txt', 'icons/png/512x512.png']) {
      expect(existsSync(join(resources, file)), file).toBe(true);
    }
  });

  it("flips the hardening fuses in the app's executable", async () => {
    const executable = readdirSync(unpackedDir)
      .map((name) => join(unpackedDir, name))
      .find((path) => statSync(path).isFile() && readFileSync(path).includes(STUB_MARKER));
    expect(executable, 'the renamed stub executable').toBeDefined();
    const wire = await getCurrentFuseWire(executable!);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });
});
