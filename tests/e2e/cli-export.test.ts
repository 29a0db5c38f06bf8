import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';
import { docxText } from '../support/docx-text';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';

const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('/usr/bin/python3', 'python3-docx', ['-c', 'import docx']);

const work = mkdtempSync(path.join(tmpdir(), 'appeal-cli3-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'export-cli', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const members = path.join(work, 'three.csv');
writeFileSync(
  members,
  'First name,Last name,Street,Postcode,City\n' +
    'Zoë,Müller-Lüdenscheidt,Rue du Lac 1,1003,Lausanne\n' +
    'Ευάγγελος,Παπαδόπουλος,Via Roma 2,6900,Lugano\n' +
    'Արամ,Հովհաննիսյան,Bahnhofstrasse 3,8001,Zürich\n',
);
const NAMES = ['Zoë Müller-Lüdenscheidt', 'Ευάγγελος Παπαδόπουλος', 'Արամ Հովհաննիսյան'];
const campaign = ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'en', '--members', members];

describe.runIf(tools)('npm run export for a three-member list', () => {
  it('writes one PDF: each member’s letter and the embassy copy, in the chosen layout', () => {
    const out = path.join(work, 'three.pdf');
    const run = exportCli(...campaign, '--layout', 'din-b', '--with-copies', '--salutation', '2', '--format', 'pdf', '--out', out);
    expect(run.stderr).not.toMatch(/Unknown option|Usage/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 6 letter(s)');
    const text = pdfPagesText(out).join('\n');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text.match(/Copy of my letter to/g)).toHaveLength(3);
    expect(text).toContain('Your Excellency,');
  });

  it('writes the same letters as one DOCX', () => {
    const out = path.join(work, 'three.docx');
    const run = exportCli(...campaign, '--format', 'docx', '--out', out);
    expect(run.status).toBe(0);
    const text = docxText(out);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text.match(/^Dear Mr\. President,$/gm)).toHaveLength(3);
  });

  it.each([
    ['no --out', [...campaign, '--format', 'pdf'], /Missing --out/],
    ['an unknown format', [...campaign, '--format', 'odt', '--out', path.join(work, 'x.odt')], /--format must be pdf or docx/],
    ['an unknown layout', [...campaign, '--layout', 'left', '--format', 'pdf', '--out', path.join(work, 'x.pdf')], /--layout must be one of/],
    ['a salutation that does not exist', [...campaign, '--salutation', '99', '--format', 'pdf', '--out', path.join(work, 'x.pdf')], /--salutation 99 does not exist/],
    ['an unknown bundled campaign', ['--campaign', 'no-such-campaign', '--lang', 'en', '--members', members, '--format', 'pdf', '--out', path.join(work, 'x.pdf')], /neither a campaign file nor a campaign that comes with the app/],
  ])('fails cleanly on %s: one plain message, exit 1, no file', (_name, args, message) => {
    const before = readdirSync(work).sort();
    const run = exportCli(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(work).sort()).toEqual(before);
    expect(existsSync(path.join(work, 'x.pdf'))).toBe(false);
  });

  it('shows how to use it when asked, as success', () => {
    const run = exportCli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run export -- --campaign/);
    expect(run.stderr).not.toMatch(/Unknown option|Usage/);
  });
});

describe('npm run export before npm run build', () => {
  it('says in one sentence to build first, rather than Node’s "Cannot find module" and its stack', () => {
    // A command that was never built stands for out/cli/ missing: the launcher checks the same way.
    const run = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'not-built-cli', '--help'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('The command line is not built yet: run npm run build first, then try again.\n');
    expect(run.stdout).toBe('');
  });
});
