/**
 * pdf.js, loaded on first use (2 MB of code the app needs only when a PDF letter is read) and
 * made to work inside the main bundle. Two things break it there, both found by bundling it
 * (tests/unit/letter-file-reader.test.ts builds a small entry with electron-vite and reads a PDF):
 *
 * 1. The worker. In Node, pdf.js runs its worker in the same thread (a "fake worker") and loads it
 *    with `import(GlobalWorkerOptions.workerSrc)`, by default "./pdf.worker.mjs" beside pdf.mjs.
 *    Bundled there is no such file beside out/main, and app.asar holds no node_modules. pdf.js first
 *    looks for `globalThis.pdfjsWorker` (its documented way for bundlers): the worker module is
 *    imported here, so the bundler carries it as a chunk, and set there before pdf.js starts.
 * 2. DOMMatrix. pdf.mjs creates one when it loads (a constant of its canvas renderer). Node and
 *    Electron's main process have none; pdf.js borrows it from the native package @napi-rs/canvas,
 *    which is in node_modules for the CLI and tests but never in the packaged app. Without it, pdf.mjs
 *    throws "DOMMatrix is not defined" as it loads. Reading text never renders, so a stand-in that
 *    only holds the six numbers is enough; it is used whether or not the native package is there,
 *    so that the command line and tests run pdf.js as the app does.
 *
 * pdf.js then says, as it loads, that the native package is missing: a "Warning: …" on the
 * console with the path of the app's files (which names the user's home folder). Nothing is
 * missing for reading text, so those lines alone are held back while pdf.js loads.
 *
 * The minified builds: the same code, half the size in app.asar.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

/** A 2D matrix that only holds its numbers: what pdf.js needs to load when it will not render. */
class TextOnlyDOMMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init?.length !== 6) return;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(init);
    Object.assign(this, { a, b, c, d, e, f });
  }
}

/** What pdf.js says when it loads without @napi-rs/canvas (see above). */
const LOAD_WARNING = /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill `)/;

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const globals = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    globals.DOMMatrix ??= TextOnlyDOMMatrix;
    globals.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] !== 'string' || !LOAD_WARNING.test(args[0])) warn(...args);
    };
    try {
      return (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as PdfJs;
    } finally {
      console.warn = warn;
    }
  })();
  // A failed load is not kept: the next PDF tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}
