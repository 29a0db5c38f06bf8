import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const work = mkdtempSync(path.join(tmpdir(), 'appeal-cli-titles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run export -- …` as a coordinator types it, in a child process. */
function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'export-cli', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A German coordinator's list, titles as German lists write them.
const membersFile = path.join(work, 'mitglieder.csv');
writeFileSync(membersFile, '\uFEFFAnrede;Vorname;Name;Strasse;PLZ;Ort\r\nFrau;Anna;Muster;Seeweg 5;3000;Bern\r\nHerr;Beat;Keller;Marktgasse 2;3011;Bern\r\n');
const french = ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'fr', '--members', membersFile, '--with-copies', '--choice', '1=sympathisant'];

/** What every output of this batch must show, whatever the format. */
function expectFrenchBatch(text: string) {
  expect(text).not.toMatch(/\b(Frau|Herr)\b/);
  expect(text).toContain('Mme Anna Muster');
  expect(text).toContain('M. Beat Keller');
  // Abroad: the recipient's country in capitals, the sender's in the letter's language.
  expect(text).toContain('AZERBAIJAN');
  expect(text).toContain('Suisse');
  // The wording picked once, in all four letters (two members, each with the embassy copy).
  expect(text.match(/En tant que sympathisant/g)).toHaveLength(4);
  expect(text).not.toContain('En tant que membre');
}

describe.runIf(tools)('a German member list printed in French', () => {
  it('PDF: French titles, no title under the signature, the countries, the picked wording', () => {
    const out = path.join(work, 'lettres.pdf');
    const run = exportCli(...french, '--format', 'pdf', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Wrote 4 letter(s)');
    const pages = pdfPagesText(out);
    expectFrenchBatch(pages.join('\n'));
    // The name under the signature stands alone on its line: "Anna Muster", never "Mme Anna Muster".
    const lines = pages.join('\n').split('\n').map((l) => l.trim());
    expect(lines.filter((l) => l === 'Anna Muster').length).toBeGreaterThanOrEqual(2);
  });

  it('DOCX: the same', () => {
    const out = path.join(work, 'lettres.docx');
    const run = exportCli(...french, '--format', 'docx', '--out', out);
    expect(run.status).toBe(0);
    const text = docxText(out);
    expectFrenchBatch(text);
    expect(text.split('\n').filter((l) => l === 'Anna Muster')).toHaveLength(2);
  });

  it('refuses a choice the text does not offer, naming what it offers', () => {
    const run = exportCli(...french.slice(0, -1), '1=ami', '--format', 'pdf', '--out', path.join(work, 'x.pdf'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('--choice 1=ami: the choice offers 1 "membre", 2 "sympathisant".');
  });
});
