import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export class ChromiumMissingError extends Error {
  constructor() {
    super(
      'Chromium was not found. Install the Debian package "chromium" (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
}

/** $CHROMIUM_PATH, else Debian's `chromium` on the PATH. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

// This machine's network is closed: background services would only fail, and nothing may leave it.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
  // A region painted again is rastered with its whole tile: otherwise the edges of rounded borders
  // differ by a shade from run to run, and `npm run screens` pictures change when nothing did.
  '--disable-partial-raster',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumMissingError();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
