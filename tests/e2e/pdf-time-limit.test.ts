import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { PrintStoppedError, PrintTimeoutError } from '../../main/export/pdf-time-limit';
import type { PrintJob } from '../../shared/letter/print-page';
import { requireTool } from '../support/tools';
import { hangingPrintPage } from './support/hanging-print-page';

const tools = requireTool('chromium', 'chromium');

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
