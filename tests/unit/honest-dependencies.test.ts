import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';

/**
 * Every library the app runs is in package.json `dependencies`; build and test tools are in
 * `devDependencies`. A library listed as a tool hides what the shipped app is made of (its
 * licences, its security advisories: `npm audit --omit=dev` would not see it).
 *
 * The app's code is main/, shared/ and renderer/ (tests, scripts and build configurations such as
 * main/cli/vite.cli.config.ts are tools). Imports of types only (`import type …`) vanish from the
 * build and are not counted.
 */

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Electron is the app's runtime, not a library in it: electron-builder refuses to package an app
 * that lists it in `dependencies` ("Package electron is only allowed in devDependencies").
 */
const RUNTIME = new Set(['electron']);

const SOURCE_FOLDERS = ['main', 'shared', 'renderer'];

function sourceFiles(): string[] {
  return SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(m?[jt]sx?)$/.test(file) && !/\.d\.ts$|\.config\.[mc]?[jt]s$/.test(file))
      .map((file) => path.join(folder, file)),
  );
}

/**
 * Bare specifiers a file loads at run time: static imports and re-exports (on one line or many),
 * side-effect imports (`import 'x.css'`) and dynamic `import('x')`.
 */
function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const [, , typeOnly, clause = '', specifier = ''] = match;
    // `import { type A, type B } from` is types only too.
    const allTypes = /^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((name) => name.startsWith('type'));
    if (!typeOnly && !allTypes) found.push(specifier);
  }
  for (const match of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push(match[1] ?? '');
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1] ?? '');
  return found.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/') && !isBuiltin(specifier));
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('honest dependencies', () => {
  it('reads imports the way the build does', () => {
    const sample = [
      "import { a } from 'one';",
      "import type { B } from 'types-only';",
      "import { type C, type D } from 'also-types-only';",
      "import {\n  e,\n  type F,\n} from '@scope/two/sub';",
      "import 'three/style.css';",
      "export { g } from 'four';",
      "const h = await import('five');",
      "import path from 'node:path';",
      "import { i } from './local';",
      "// import { j } from 'commented-out';",
    ].join('\n');
    expect(runtimeImports(sample).map(packageOf).sort()).toEqual(['@scope/two', 'five', 'four', 'one', 'three']);
  });

  it('lists every library main/, shared/ and renderer/ load at run time in `dependencies`', () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles()) {
      for (const specifier of runtimeImports(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))) {
        const name = packageOf(specifier);
        if (!used.has(name)) used.set(name, file);
      }
    }
    const notDependencies = [...used]
      .filter(([name]) => !RUNTIME.has(name) && !(name in pkg.dependencies))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(notDependencies, 'move these to `dependencies` in package.json').toEqual([]);
    // The check found the app's libraries at all (a broken walk would pass vacuously).
    expect([...used.keys()]).toEqual(expect.arrayContaining(['react', 'react-dom', 'i18next', 'react-i18next', 'markdown-it', 'zod']));
  });

  it('keeps build and test tools out of `dependencies`', () => {
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript', 'eslint', 'tsx', '@doyensec/electronegativity']) {
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
      expect(pkg.devDependencies, tool).toHaveProperty(tool);
    }
  });

  it('lists nothing in `dependencies` that the app does not load', () => {
    const used = new Set(sourceFiles().flatMap((file) => runtimeImports(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).map(packageOf)));
    expect(Object.keys(pkg.dependencies).filter((name) => !used.has(name))).toEqual([]);
  });
});
