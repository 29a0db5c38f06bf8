import { createRequire } from 'node:module';
import path from 'node:path';

/** One finding, keyed by what stays put when code moves: the check, the file and its line's text. */
export interface Finding {
  check: string;
  file: string;
  /** The source line the finding points at, trimmed ("N/A" for checks of the whole app). */
  sample: string;
  line: number;
  severity: string;
  description: string;
}

interface RunnerIssue {
  id: string;
  file: string;
  sample?: string;
  location?: { line: number };
  severity: { name: string };
  description: string;
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RunnerIssue[]; errors: unknown[] }>;

/**
 * Checks that need the network, left out so that the scan runs offline: the list of Electron
 * releases with security fixes is fetched from GitHub. (Electron's version is kept current by
 * dependency updates instead; the scan is told the version in package.json.)
 */
const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Runs Electronegativity (its own runner, as its CLI does) on `inputDir`, offline: its downloads
 * (translations, the release list) go through `got`, which is replaced by a refusal first, so
 * nothing leaves the machine and nothing waits for a timeout.
 */
export async function scanWithElectronegativity(inputDir: string, electronVersion: string): Promise<Finding[]> {
  const load = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'));
  const got = load('got') as { default: unknown };
  const offline = () => Promise.reject(new Error('the security scan runs offline'));
  got.default = Object.assign(offline, { head: offline });
  const run = load('./runner.js') as Runner;
  const result = await run(
    { input: path.resolve(inputDir), isRelative: true, customScan: [], excludeFromScan: ONLINE_CHECKS, electronVersionOverride: electronVersion, parserPlugins: [] },
    false,
  );
  if (result.errors.length > 0) throw new Error(`Electronegativity could not read some files: ${JSON.stringify(result.errors).slice(0, 2000)}`);
  return result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split(path.sep).join('/'),
    sample: (issue.sample ?? 'N/A').trim(),
    line: issue.location?.line ?? 0,
    severity: issue.severity.name,
    description: issue.description,
  }));
}
