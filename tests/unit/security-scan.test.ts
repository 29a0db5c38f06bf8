import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithBaseline, readBaseline } from '../../scripts/security-scan/baseline';
import { scanWithElectronegativity, type Finding } from '../../scripts/security-scan/electronegativity';
import { PROJECT_ROOT } from '../../main/paths';

const baselineFile = path.join(PROJECT_ROOT, '.electronegativity-baseline.json');
const work = mkdtempSync(path.join(tmpdir(), 'security-scan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const finding = (check: string, file: string, sample: string): Finding => ({ check, file, sample, line: 1, severity: 'HIGH', description: '' });

describe('the Electronegativity step of CI', () => {
  it('fails on a finding the baseline does not accept, whatever line it moves to', () => {
    const baseline = readBaseline(baselineFile);
    const accepted = baseline[0]!;
    const moved = { ...finding(accepted.check, accepted.file, accepted.sample), line: 999 };
    const added = finding('NODE_INTEGRATION_JS_CHECK', 'main/electron/window.ts', 'const window = new BrowserWindow({');
    const result = compareWithBaseline([moved, added], baseline);
    expect(result.added).toEqual([added]);
    expect(result.gone).toHaveLength(baseline.length - 1);
  });

  it('accepts nothing without a reason', () => {
    const file = path.join(work, 'unexplained.json');
    writeFileSync(file, JSON.stringify({ accepted: [{ check: 'SANDBOX_JS_CHECK', file: 'main/x.ts', sample: 'x', why: '' }] }));
    expect(() => readBaseline(file)).toThrow(/needs its reason/);
  });

  it('finds a window with Node in its page, offline, and the baseline does not excuse it', async () => {
    const app = path.join(work, 'app');
    mkdirSync(path.join(app, 'main', 'electron'), { recursive: true });
    writeFileSync(
      path.join(app, 'main', 'electron', 'window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const open = () => new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const findings = await scanWithElectronegativity(app, '45.5.0');
    const { added } = compareWithBaseline(findings, readBaseline(baselineFile));
    expect(added.map((item) => `${item.check} ${item.file}`)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK main/electron/window.ts', 'CONTEXT_ISOLATION_JS_CHECK main/electron/window.ts']),
    );
  });
});
