import { z } from 'zod';

/**
 * Imported first by every entry that runs under the app's Content-Security-Policy (the preload,
 * the renderer's pages). zod probes for `new Function` the first time it parses an object, to
 * compile fast parsers; under a CSP without 'unsafe-eval' that probe is refused and Chromium
 * reports a CSP violation on the console (electron/electron#48240). Jitless parsing is the same
 * parsing without the probe.
 */
z.config({ jitless: true });
