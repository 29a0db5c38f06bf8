import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { PrintStoppedError, PrintTimeoutError } from '../../main/export/pdf-time-limit';
import type { PrintJob } from '../../shared/letter/print-page';
import { requireTool } from '../support/tools';

const tools = requireTool('chromium', 'chromium');

/**
 * A print page whose layout never finishes, as a hostile letter or a bug would make it: served the
 * way the real one is (same protocol handler, same CSP), it offers renderJob and never resolves.
 */
function hangingPrintPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'appeal-hanging-page-'));
  writeFileSync(
    path.join(dir, 'print.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hangs</title><script type="module" src="./hang.js"></script></head><body></body></html>',
  );
  writeFileSync(path.join(dir, 'hang.js'), 'globalThis.appealPrint = { render: () => new Promise(() => {}), renderJob: () => new Promise(() => {}) };\n');
  return dir;
}

const JOB: PrintJob = { kind: 'letters', letters: [] };

describe.runIf(tools)('print jobs that never finish', () => {
  let engine: ChromiumPdfEngine;
  beforeAll(() => {
    engine = new ChromiumPdfEngine(hangingPrintPage());
  });
  afterAll(async () => {
    await engine.close();
  });

  it('ends a job at its time limit and leaves no page open', async () => {
    const started = Date.now();
    await expect(engine.jobToPdf(JOB, { limitMs: 1500 })).rejects.toBeInstanceOf(PrintTimeoutError);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await engine.openPages()).toBe(0);
  }, 30_000);

  it('closes the page when Stop is pressed, long before the limit', async () => {
    const stop = new AbortController();
    const job = engine.jobToPdf(JOB, { signal: stop.signal });
    const outcome = expect(job).rejects.toBeInstanceOf(PrintStoppedError);
    // Stop while the page is open and laying out.
    await expect.poll(() => engine.openPages(), { timeout: 15_000 }).toBe(1);
    stop.abort();
    await outcome;
    expect(await engine.openPages()).toBe(0);
  }, 30_000);
});
