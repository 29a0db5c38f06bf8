import { spawnSync } from 'node:child_process';

/**
 * Whether an outside tool the tests drive (Chromium, LibreOffice, pdftotext, python-docx) is
 * here. Under CI a missing tool is a failure naming its Debian package — never a silent skip; on
 * a developer's machine the test skips and says why.
 */
export function requireTool(command: string, debianPackage: string, probeArgs: string[] = ['--version']): boolean {
  const found = spawnSync(command, probeArgs, { stdio: 'ignore', timeout: 60_000 }).status === 0;
  if (found) return true;
  const message = `${command} is missing: install the Debian package "${debianPackage}" (apt-get install ${debianPackage}).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`Skipping: ${message}`);
  return false;
}
