import { homedir } from 'node:os';

/**
 * An error as a log line without personal data: file paths in messages carry the member's user
 * name (C:\Users\Ada\…, /home/ada/…), so the home folder is replaced by `~`.
 */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const home = homedir();
  return home ? text.split(home).join('~') : text;
}
