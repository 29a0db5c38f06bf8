import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareWithBaseline, readBaseline } from './baseline';
import { scanWithElectronegativity, type Finding } from './electronegativity';

/**
 * `npm run security:scan` (a step of .ci/run): Electronegativity over the app's sources, against
 * the accepted findings in .electronegativity-baseline.json. A finding not in the baseline fails.
 *
 * The app's code is copied to a temporary folder first: given the project folder, the scanner
 * would read the tests, scripts, out/ and dist/ too, and walk all of node_modules before skipping it.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const APP_SOURCES = ['main', 'shared', 'renderer', 'package.json'];
const BASELINE = path.join(ROOT, '.electronegativity-baseline.json');

const describe = (finding: Finding) => `  ${finding.check} (${finding.severity}) ${finding.file}:${finding.line}\n    ${finding.sample}\n    ${finding.description}`;

async function main(): Promise<number> {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = pkg.devDependencies.electron;
  if (!electronVersion) throw new Error('package.json names no Electron version (devDependencies.electron)');

  const staged = mkdtempSync(path.join(tmpdir(), 'appeal-security-scan-'));
  let findings: Finding[];
  try {
    for (const source of APP_SOURCES) cpSync(path.join(ROOT, source), path.join(staged, source), { recursive: true });
    findings = await scanWithElectronegativity(staged, electronVersion);
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }

  const { added, gone } = compareWithBaseline(findings, readBaseline(BASELINE));
  const accepted = findings.length - added.length;
  console.log(`Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${accepted} accepted in .electronegativity-baseline.json.`);
  if (gone.length > 0) {
    console.log(`No longer found (remove from the baseline):\n${gone.map((entry) => `  ${entry.check} ${entry.file}: ${entry.sample}`).join('\n')}`);
  }
  if (added.length === 0) return 0;
  console.error(`\nNew findings:\n${added.map(describe).join('\n')}`);
  console.error('\nFix them, or, for a finding that does not apply, add it to .electronegativity-baseline.json with one sentence saying why.');
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
