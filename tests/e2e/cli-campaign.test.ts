import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';
import english from '../../shared/i18n/locales/en/letter-file.json';
import { pdfPagesText } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { SEED_LETTER_FILE } from '../support/seed-letter';

/**
 * `npm run campaign` end to end: the seed letter as a .txt, and as a DOCX and a PDF made from it
 * here by LibreOffice, each made into a campaign file that `npm run export` then prints. The
 * printed letter is read back with poppler's pdftotext, a reader independent of the app.
 */

const SEED = SEED_LETTER_FILE;
const FRENCH = path.join(PROJECT_ROOT, 'tests/fixtures/letters/cli-seed-fr.txt');
const tools =
  requireTool('soffice', 'libreoffice-writer') &&
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']);

const work = mkdtempSync(path.join(tmpdir(), 'appeal-campaign-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const inWork = (name: string) => path.join(work, name);

function cli(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run-cli.mjs', script, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const campaignCli = (...args: string[]) => cli('campaign-cli', ...args);

/** The letters `npm run export` prints for one member, with the copy to the embassy, as text. */
function printed(appeal: string, lang: string): string {
  const out = inWork(`${path.basename(appeal)}-${lang}.pdf`);
  const run = cli('export-cli', '--campaign', appeal, '--lang', lang, '--members', inWork('member.csv'), '--with-copies', '--format', 'pdf', '--out', out);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // Lines joined: where the printed letter wraps its lines is not what is tested here.
  return pdfPagesText(out).join('\n').replace(/\s+/g, ' ');
}

describe.runIf(tools)('npm run campaign', () => {
  beforeAll(() => {
    copyFileSync(SEED, inWork('seed.txt'));
    writeFileSync(inWork('member.csv'), 'First name,Last name,Street,Postcode,City\nZoë,Müller-Lüdenscheidt,Rue du Lac 1,1003,Lausanne\n');
    // One LibreOffice profile for both conversions: the first run sets it up, the second reuses it.
    const profile = `file://${inWork('lo-profile')}`;
    for (const format of ['docx', 'pdf']) {
      const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', format, '--outdir', work, inWork('seed.txt')];
      expect(spawnSync('soffice', args, { timeout: 120_000 }).status).toBe(0);
    }
  });

  it.each(['txt', 'docx', 'pdf'])('makes a campaign from the seed letter as .%s that `npm run export` prints', (kind) => {
    const appeal = inWork(`from-${kind}.appeal`);
    const run = campaignCli('--from-letter', inWork(`seed.${kind}`), '--lang', 'en', '--publisher', 'ACAT-Switzerland', '--published', '2020-12-15', '--out', appeal);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}recipient: Mr\. Ilham Aliyev/m);
    expect(run.stdout).toMatch(/^ {2}salutation: Dear Mr\. President,/m);
    expect(run.stdout).toContain(`Wrote campaign`);
    const campaign = JSON.parse(readFileSync(appeal, 'utf8'));
    expect(campaign).toMatchObject({ publisher: 'ACAT-Switzerland', published: '2020-12-15', recipient: { name: 'Ilham Aliyev' } });

    const text = printed(appeal, 'en');
    expect(text).toContain('Dear Mr. President,');
    expect(text).toContain('As a member of ACAT-Switzerland, the Action by Christians');
    expect(text).toContain('make sure that these provisions are imperatively applied');
    expect(text).toContain('I thank you for the attention you will give to this concern.');
    expect(text).toContain('Yours respectfully,');
    expect(text).toContain('Kramburgstrasse 10');
    expect(text).toContain('3006 Bern');
  });

  it('adds a French letter as a second language of the same campaign', () => {
    const appeal = inWork('two-languages.appeal');
    const run = campaignCli('--from-letter', inWork('seed.txt'), '--lang', 'en', '--add', FRENCH, '--lang', 'fr', '--publisher', 'ACAT-Switzerland', '--out', appeal);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('cli-seed-fr.txt, read as French (fr):');
    expect(run.stdout).not.toMatch(/^fr: the recipient/m);
    expect(Object.keys(JSON.parse(readFileSync(appeal, 'utf8')).languages)).toEqual(['en', 'fr']);
    const text = printed(appeal, 'fr');
    expect(text).toContain('Monsieur le Président,');
    expect(text).toContain('je vous écris au sujet de la situation');
  });

  it('says so when the added letter goes to someone else', () => {
    const other = readFileSync(FRENCH, 'utf8').replace('Monsieur Ilham Aliyev', 'Monsieur Ali Asadov').replace('Président de la République', 'Premier ministre de la République');
    writeFileSync(inWork('other-recipient-fr.txt'), other);
    const run = campaignCli('--from-letter', inWork('seed.txt'), '--lang', 'en', '--add', inWork('other-recipient-fr.txt'), '--lang', 'fr', '--publisher', 'ACAT-Switzerland', '--out', inWork('differs.appeal'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^fr: the recipient's name differs/m);
  });

  describe('refuses a letter it cannot read: one sentence, exit 1, nothing written', () => {
    const cases: [string, () => Promise<string>, keyof typeof english.failure][] = [
      ['an image-only PDF', async () => {
        const pdf = await PDFDocument.create();
        pdf.addPage().drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
        writeFileSync(inWork('scan.pdf'), await pdf.save());
        return inWork('scan.pdf');
      }, 'imageOnly'],
      ['an empty file', async () => (writeFileSync(inWork('empty.txt'), ''), inWork('empty.txt')), 'empty'],
      ['a file over 20 MB', async () => (writeFileSync(inWork('huge.pdf'), ''), truncateSync(inWork('huge.pdf'), 21 * 1024 * 1024), inWork('huge.pdf')), 'tooLarge'],
      ['a Word file locked with a password', async () => {
        const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]);
        writeFileSync(inWork('locked.docx'), ole);
        return inWork('locked.docx');
      }, 'passwordProtected'],
    ];
    it.each(cases)('%s', async (_name, make, reason) => {
      const letter = await make();
      const out = inWork('refused.appeal');
      const before = readdirSync(work).sort();
      const run = campaignCli('--from-letter', letter, '--lang', 'en', '--publisher', 'ACAT-Switzerland', '--out', out);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`${path.basename(letter)}: ${english.failure[reason]}\n`);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(work).sort()).toEqual(before);
    });
  });

  it('explains its usage when asked, and when the letters come in the wrong order', () => {
    const help = campaignCli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run campaign -- --from-letter/);
    const wrong = campaignCli('--add', inWork('seed.txt'), '--out', inWork('x.appeal'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^Start with --from-letter/);
    expect(existsSync(inWork('x.appeal'))).toBe(false);
  });
});
