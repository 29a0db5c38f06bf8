/**
 * The print engines add no margins of their own: the page's CSS sets them (margin 0; the sheet
 * places the address for the window itself). Electron's printToPDF adds 1 cm on every side when
 * `margins` is not given, its print dialog the printer's default; Playwright's page.pdf takes
 * what it is told. Checked at the one seam where the options are handed over: Electron's
 * BrowserWindow and Playwright's page, both mocked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LetterDocument } from '../../shared/letter/model';

const calls = vi.hoisted(() => ({ printToPDF: [] as unknown[], print: [] as unknown[], pagePdf: [] as unknown[] }));

vi.mock('electron', () => ({
  app: { on: vi.fn(), getPath: vi.fn(() => '/tmp') },
  dialog: {},
  screen: { getAllDisplays: () => [] },
  BrowserWindow: class {
    webContents = {
      executeJavaScript: vi.fn(async () => 1),
      printToPDF: vi.fn(async (options: unknown) => {
        calls.printToPDF.push(options);
        return Buffer.from('%PDF-1.7');
      }),
      print: vi.fn((options: unknown, done: (success: boolean, reason: string) => void) => {
        calls.print.push(options);
        done(true, '');
      }),
    };
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => false;
    destroy = vi.fn();
  },
}));
vi.mock('electron-store', () => ({ default: class {} }));

vi.mock('../../main/export/chromium-launch', () => ({
  launchChromium: async () => ({
    newContext: async () => ({
      newPage: async () => ({
        goto: async () => null,
        waitForFunction: async () => null,
        evaluate: async () => 1,
        pdf: async (options: unknown) => {
          calls.pagePdf.push(options);
          return Buffer.from('%PDF-1.7');
        },
      }),
      close: async () => undefined,
    }),
    close: async () => undefined,
  }),
}));
vi.mock('../../main/export/serve-renderer', () => ({ HEADLESS_ORIGIN: 'http://appeal-letters.localhost', serveRenderer: async () => undefined }));

const { electronPdfEngine, electronPrinter } = await import('../../main/electron/electron-adapters');
const { ChromiumPdfEngine } = await import('../../main/export/chromium-pdf-engine');

const LETTER: LetterDocument = {
  lang: 'en',
  layout: { preset: 'ch-right', offsetMm: { x: 0, y: 0 }, foldMarks: true },
  blocks: [{ kind: 'paragraph', runs: [{ text: 'Hello' }] }],
  pageLabel: 'Page {n} of {total}',
};

describe('the print engines’ margins', () => {
  beforeEach(() => {
    calls.printToPDF.length = 0;
    calls.print.length = 0;
    calls.pagePdf.length = 0;
  });

  it('the app’s PDF: zero margins, the CSS page size', async () => {
    await electronPdfEngine.lettersToPdf([LETTER]);
    expect(calls.printToPDF).toEqual([expect.objectContaining({ preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } })]);
  });

  it('the app’s printing: no printer margins, at 100 %', async () => {
    await electronPrinter.printLetters([LETTER]);
    expect(calls.print).toEqual([expect.objectContaining({ margins: { marginType: 'none' }, scaleFactor: 100 })]);
  });

  it('the command line’s PDF (headless Chromium): zero margins, the CSS page size', async () => {
    const engine = new ChromiumPdfEngine('/renderer');
    await engine.lettersToPdf([LETTER]);
    await engine.close();
    expect(calls.pagePdf).toEqual([
      expect.objectContaining({ preferCSSPageSize: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } }),
    ]);
  });
});
