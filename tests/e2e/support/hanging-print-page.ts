import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A print page whose layout never finishes, as a hostile letter or a bug would make it: served the
 * way the real one is (same protocol handler, same CSP), it offers renderJob and never resolves.
 */
export function hangingPrintPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'appeal-hanging-page-'));
  writeFileSync(
    path.join(dir, 'print.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hangs</title><script type="module" src="./hang.js"></script></head><body></body></html>',
  );
  writeFileSync(path.join(dir, 'hang.js'), 'globalThis.appealPrint = { render: () => new Promise(() => {}), renderJob: () => new Promise(() => {}) };\n');
  return dir;
}
