import { app } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One running app per member: a second launch (often a double-clicked .appeal file) hands its
 * file to the first and quits, so two windows never write the same library at once.
 */

const APPEAL_FILE = /\.appeal$/i;

/**
 * The `.appeal` file named on a command line, if any, resolved against the launch's folder. The
 * last one wins; switches are skipped (Chromium adds its own to a second instance's argv).
 * Linux desktops may pass a `file:` URL instead of a path: the generated .desktop entry says
 * `Exec=… %U`, and the Desktop Entry Specification lets `%U` expand to URLs.
 */
export function appealFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-')) continue;
    const filePath = /^file:/i.test(arg) ? pathOfFileUrl(arg) : resolve(workingDirectory, arg);
    if (filePath && APPEAL_FILE.test(filePath)) return filePath;
  }
  return null;
}

/** A local `file:` URL as a path ("%20" decoded); a remote or malformed one is not a file to open. */
function pathOfFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

export interface SingleInstanceHandlers {
  /** A file the member asked to open, from any launch. */
  openFile(filePath: string): void;
  /** Brings the existing window to the front (a second launch must be seen to do something). */
  focus(): void;
}

/**
 * Takes the single-instance lock. Returns false when another instance holds it: this one must quit
 * without creating a window. Otherwise wires second launches and macOS open-file to `handlers`
 * and hands over a file from this launch's own command line.
 */
export function setupSingleInstance(handlers: SingleInstanceHandlers): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handlers.focus();
    const file = appealFileFromArgv(argv, workingDirectory);
    if (file) handlers.openFile(file);
  });
  // macOS opens documents through this event (Finder double-click), possibly before ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    handlers.openFile(filePath);
  });
  const file = appealFileFromArgv(process.argv, process.cwd());
  if (file) handlers.openFile(file);
  return true;
}
