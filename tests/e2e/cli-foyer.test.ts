import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';
import { docxText } from '../support/docx-text';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';

/** Foyer sheets from the command line: the same service as the Group letters page, no member list. */
const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('/usr/bin/python3', 'python3-docx', ['-c', 'import docx']);

const work = mkdtempSync(path.join(tmpdir(), 'appeal-cli-foyer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'export-cli', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const base = ['--campaign', 'azerbaijan-2020-nagorno-karabakh'];

describe.runIf(tools)('npm run export -- --foyer', () => {
  it('writes 2 German and 1 Italian sheet as one PDF: ruled lines, the choice to strike through, today’s place', () => {
    const out = path.join(work, 'foyer.pdf');
    const run = exportCli(...base, '--foyer', 'de=2,it=1', '--place', 'Lugano', '--format', 'pdf', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 3 foyer sheet(s)');
    const pages = pdfPagesText(out);
    expect(pages.filter((page) => /Unterschrift _{10,}/.test(page))).toHaveLength(2);
    expect(pages.filter((page) => /Firma _{10,}/.test(page))).toHaveLength(1);
    const text = pages.join('\n');
    expect(text).toMatch(/Nome _{10,}/);
    expect(text).toContain('membro / simpatizzante');
    expect(text).toContain('Lugano, ');
  });

  it('writes a Word document with the picked wording and the embassy copies', () => {
    const out = path.join(work, 'foyer.docx');
    const run = exportCli(...base, '--foyer', 'fr=1', '--choice', '1=sympathisant', '--with-copies', '--format', 'docx', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 2 foyer sheet(s)');
    const text = docxText(out);
    expect(text).toMatch(/^Nom _{10,}$/m);
    expect(text).toContain('En tant que sympathisant');
    expect(text).toContain('Copie de ma lettre à');
  });

  it('writes the recipients’ DL envelopes for a foyer set with its embassy copies, and refuses them as Word', () => {
    const out = path.join(work, 'foyer-envelopes.pdf');
    const run = exportCli(...base, '--foyer', 'de=2,fr=1', '--with-copies', '--envelopes', 'dl', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 6 envelope(s)');
    const pages = pdfPagesText(out);
    expect(pages).toHaveLength(6);
    expect(pages.filter((page) => page.includes('AZERBAIJAN'))).toHaveLength(3);
    expect(pages.filter((page) => page.includes('3006 Bern'))).toHaveLength(3);
    // The writer's return address goes on by hand, on the same ruled lines as on the sheet.
    expect(pages[0]).toMatch(/Name _{10,}/);
    const word = exportCli(...base, '--foyer', 'de=1', '--labels', '--format', 'docx', '--out', path.join(work, 'labels.docx'));
    expect(word.status).not.toBe(0);
  });

  it('refuses a language the campaign has no letter in, or no sheets at all, in one sentence', () => {
    const spanish = exportCli(...base, '--foyer', 'es=3', '--format', 'pdf', '--out', path.join(work, 'es.pdf'));
    expect(spanish.status).not.toBe(0);
    expect(spanish.stderr.trim()).toBe('This campaign has no letter in "es". It offers: en, fr, de, it.');
    const none = exportCli(...base, '--foyer', 'de=0', '--format', 'pdf', '--out', path.join(work, 'none.pdf'));
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('--foyer asks for no sheets');
  });
});
