import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';

/**
 * What the command line gained by running the app's own batch services (the Group letters page's):
 * one file per member, the letters' envelopes and address labels, and the campaigns and
 * salutations it can print, listed. Read back with poppler's pdftotext and pdf-lib.
 */

const tools = requireTool('chromium', 'chromium') && requireTool('pdftotext', 'poppler-utils', ['-v']);

const work = mkdtempSync(path.join(tmpdir(), 'appeal-cli-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run export -- …` as a coordinator types it, in a child process, on the built command line. */
function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'export-cli', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const members = path.join(work, 'pfarrei.csv');
writeFileSync(members, '\uFEFFVorname;Name;Strasse;PLZ;Ort\r\nAnna;Muster;Seeweg 5;3000;Bern\r\nBeat;Keller;Marktgasse 2;3011;Bern\r\nClara;Rossi;Via Roma 2;6900;Lugano\r\n');
const base = ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'de', '--members', members];
const NAMES = ['Anna Muster', 'Beat Keller', 'Clara Rossi'];
const MM_PER_POINT = 25.4 / 72;

describe.runIf(tools)('npm run export through the app’s batch services', () => {
  it('writes one PDF per member into the --out folder, each with that member’s letter only', () => {
    const folder = path.join(work, 'each');
    const run = exportCli(...base, '--one-file-per-member', '--format', 'pdf', '--out', folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 3 letter(s) in 3 file(s)');
    expect(readdirSync(folder).sort()).toEqual(NAMES.map((name) => `Letter Azerbaijan - ${name}.pdf`));
    for (const name of NAMES) {
      const text = pdfPagesText(path.join(folder, `Letter Azerbaijan - ${name}.pdf`)).join('\n');
      expect(text).toContain(name);
      for (const other of NAMES.filter((n) => n !== name)) expect(text).not.toContain(other);
    }
  });

  it('writes the envelopes of every letter, the embassy copies included, at C5 size', async () => {
    const out = path.join(work, 'envelopes.pdf');
    const run = exportCli(...base, '--with-copies', '--envelopes', 'c5', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 6 envelope(s)');
    const pdf = await PDFDocument.load(readFileSync(out));
    expect(pdf.getPageCount()).toBe(6);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect(Math.round(width * MM_PER_POINT)).toBe(229);
      expect(Math.round(height * MM_PER_POINT)).toBe(162);
    }
    const pages = pdfPagesText(out);
    // Each member's two envelopes (president, embassy) carry that member as the sender.
    for (const name of NAMES) expect(pages.filter((text) => text.includes(name))).toHaveLength(2);
  });

  it('writes address labels as a PDF, and refuses labels as DOCX without writing anything', () => {
    const out = path.join(work, 'labels.pdf');
    const run = exportCli(...base, '--labels', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote 3 address label(s)');
    expect(existsSync(out)).toBe(true);

    const refused = exportCli(...base, '--labels', '--format', 'docx', '--out', path.join(work, 'labels.docx'));
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe('Envelopes and labels are made as PDF only, not "docx".');
    expect(existsSync(path.join(work, 'labels.docx'))).toBe(false);
  });

  it('lists the campaigns it can print, with their languages and numbered salutations', () => {
    const run = exportCli('--list');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^azerbaijan-2020-nagorno-karabakh {2}\(comes with the app/m);
    expect(run.stdout).toMatch(/--lang de: --salutation\n\s+1 {2}Exzellenz … /);
  });

  it('shows the salutations of a chosen campaign and language with --help, numbered as --salutation takes them', () => {
    const run = exportCli('--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'fr', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run export/);
    expect(run.stdout).toMatch(/--salutation for azerbaijan-2020-nagorno-karabakh in "fr":\n {2}1 {2}Monsieur le Président, … /);
    expect(run.stdout).toMatch(/\n {2}2 {2}Monsieur le Président de la République, … /);
  });
});
