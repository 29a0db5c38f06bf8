import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

const work = mkdtempSync(path.join(tmpdir(), 'appeal-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run export -- …` as a coordinator types it, in a child process. */
function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'export-cli', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MEMBERS = 200;
const membersFile = path.join(work, 'members.csv');
const names = Array.from({ length: MEMBERS }, (_, i) => `Mitglied${String(i + 1).padStart(3, '0')}`);
writeFileSync(
  membersFile,
  `\uFEFFVorname;Name;Strasse;PLZ;Ort\r\n${names.map((n, i) => `Anna;${n};Seeweg ${i + 1};0${3000 + i};Bern`).join('\r\n')}\r\n`,
);
const base = ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'de', '--members', membersFile];

describe.runIf(tools)('npm run export for a whole member list', () => {
  it('writes a 200-letter PDF, each letter starting on its own page', () => {
    const out = path.join(work, 'letters.pdf');
    const run = exportCli(...base, '--format', 'pdf', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${MEMBERS} letter(s)`);
    const pages = pdfPagesText(out);
    const starts = names.map((name) => pages.findIndex((text) => text.includes(`Anna ${name}`)));
    expect(starts.every((p) => p >= 0)).toBe(true);
    expect(new Set(starts).size).toBe(MEMBERS);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(pages.filter((text) => text.includes('Exzellenz'))).toHaveLength(MEMBERS);
  });

  it('writes a 200-letter DOCX', () => {
    const out = path.join(work, 'letters.docx');
    const run = exportCli(...base, '--format', 'docx', '--out', out);
    expect(run.status).toBe(0);
    const text = docxText(out);
    for (const name of names) expect(text).toContain(`Anna ${name}`);
    expect(text.match(/^Exzellenz$/gm)).toHaveLength(MEMBERS);
    expect(text).toContain('03000');
  });

  it.each([
    ['an unknown language', ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'xx', '--members', membersFile], /no letter in "xx"/],
    ['a bad campaign file', ['--campaign', membersFile, '--lang', 'de', '--members', membersFile], /campaign file/],
    ['an unreadable list', ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'de', '--members', path.join(work, 'nope.csv')], /“nope\.csv” could not be read/],
  ])('fails cleanly on %s: one plain line, exit 1, no file', (_what, args, message) => {
    const folder = path.join(work, 'failed');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    const out = path.join(folder, 'letters.pdf');
    const run = exportCli(...args, '--format', 'pdf', '--out', out);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toMatch(/at \w+ \(|Error:/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
