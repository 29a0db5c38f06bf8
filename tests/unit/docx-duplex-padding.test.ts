/**
 * "Pad each letter to an even number of pages" in the DOCX export (DocxOptions.padToEven).
 *
 * The writer cannot count a letter's pages (Word or LibreOffice lays the text out), so the DOCX
 * asks for the padding: different odd and even page footers (w:evenAndOddHeaders) with every
 * letter's numbering restarting at 1 make Word keep odd page numbers on front sides, leaving a
 * blank page before a letter that would start on a back side (see main/export/docx/letter.ts).
 *
 * LibreOffice lays such a document out the same way; its PDF export leaves those automatically
 * inserted blank pages out unless asked (IsSkipEmptyPages), so the layout is read from a PDF
 * exported with IsSkipEmptyPages off, as a printer would get it. python-docx checks the settings
 * and footers Word goes by.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../main/cli/cli-args';
import { exportLetters } from '../../main/cli/export-letters';
import { writeDocx } from '../../main/export/docx-writer';
import { RESOURCES_DIR } from '../../main/paths';
import type { LayoutSettings } from '../../shared/letter/layouts';
import type { LetterBlock, LetterDocument } from '../../shared/letter/model';
import { pageLabelText } from '../../shared/letter/render-html';
import type { PdfWord } from '../support/pdf-words';
import { pdfWords } from '../support/pdf-words';
import { requireTool } from '../support/tools';

const PYTHON = '/usr/bin/python3';
const hasPythonDocx = requireTool(PYTHON, 'python3-docx', ['-c', 'import docx']);
const hasLibreOffice = requireTool('soffice', 'libreoffice-writer') && requireTool('pdftotext', 'poppler-utils', ['-v']);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FONT_DIR = path.join(ROOT, 'resources/fonts');
const LAYOUT: LayoutSettings = { preset: 'ch-right', offsetMm: { x: 0, y: 0 }, foldMarks: true };

const SENTENCE = 'His family has not been allowed to see him, and his lawyer was refused access twice this year. ';

interface Member {
  name: string;
  /** How many pages this letter takes (its personal text makes it longer). */
  pages: number;
  paragraphs: number;
  lang: 'en-GB' | 'de-CH';
}

/** Letters of 1, 2, 3, 2 and 1 pages, in two languages so that the page label changes twice. */
const MEMBERS: Member[] = [
  { name: 'Alba Ferrari', pages: 1, paragraphs: 1, lang: 'en-GB' },
  { name: 'Bruno Keller', pages: 2, paragraphs: 6, lang: 'en-GB' },
  { name: 'Chloé Dubois', pages: 3, paragraphs: 18, lang: 'de-CH' },
  { name: 'Dario Meier', pages: 2, paragraphs: 6, lang: 'de-CH' },
  { name: 'Elin Sandberg', pages: 1, paragraphs: 1, lang: 'en-GB' },
];
const LABEL = { 'en-GB': 'Page {n} of {total}', 'de-CH': 'Seite {n} von {total}' } as const;
const salutation = (m: Member) => `Dear Mr. President, writes ${m.name}`;

function letter(m: Member): LetterDocument {
  const blocks: LetterBlock[] = [
    { kind: 'sender', lines: [m.name, 'Rue du Lac 1', '1003 Lausanne'] },
    { kind: 'recipient', lines: ['Mr. Ilham Aliyev', 'Presidential Palace', '1066 Baku', 'Azerbaijan'], returnAddress: `${m.name}, Rue du Lac 1, CH-1003 Lausanne` },
    { kind: 'place-date', text: 'Lausanne, 28 November 2026' },
    { kind: 'subject', text: 'Anar Mammadli, human rights defender' },
    { kind: 'salutation', text: salutation(m) },
    ...Array.from({ length: m.paragraphs }, (_, i): LetterBlock => ({ kind: 'paragraph', runs: [{ text: `${i + 1}. ${SENTENCE.repeat(4)}` }] })),
    { kind: 'closing', text: 'Yours sincerely,' },
    { kind: 'signature-space' },
    { kind: 'printed-name', text: m.name },
  ];
  return { lang: m.lang, layout: LAYOUT, blocks, pageLabel: LABEL[m.lang] };
}
const LETTERS = MEMBERS.map(letter);

const dir = mkdtempSync(path.join(tmpdir(), 'appeal-docx-pad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docxFile(name: string, padToEven: boolean | undefined): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await writeDocx(LETTERS, padToEven === undefined ? { fontDir: FONT_DIR } : { fontDir: FONT_DIR, padToEven }));
  return file;
}

/** The PDF export's option that keeps LibreOffice's automatically inserted blank pages. */
const KEEP_BLANK_PAGES = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

async function toPdf(files: string[], outDir: string, filter = 'pdf'): Promise<void> {
  const profile = pathToFileURL(mkdtempSync(path.join(dir, 'lo-profile-'))).href;
  mkdirSync(outDir, { recursive: true });
  const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', filter, '--outdir', outDir];
  await promisify(execFile)('soffice', [...args, ...files], { timeout: 90_000 });
  for (const file of files) {
    if (!existsSync(path.join(outDir, `${path.basename(file, '.docx')}.pdf`))) throw new Error(`LibreOffice did not convert ${path.basename(file)}`);
  }
}

interface PdfPage {
  text: string;
  /** What is printed in the bottom margin (22 mm), where only the page label goes. */
  label: string;
}

function pdfPages(pdf: string): PdfPage[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const words = pdfWords(pdf);
  const on = (page: number, where: (w: PdfWord) => boolean) =>
    words
      .filter((w) => w.page === page && where(w))
      .map((w) => w.text)
      .join(' ');
  return Array.from({ length: count }, (_, i) => ({ text: on(i + 1, () => true), label: on(i + 1, (w) => w.top > 297 - 22) }));
}

/** Index (from 0) of each letter's first page: the one with its salutation. */
const firstPages = (pages: PdfPage[]) => MEMBERS.map((m) => pages.findIndex((p) => p.text.includes(salutation(m))));

describe.runIf(hasLibreOffice)('DOCX padded to even pages, laid out by LibreOffice', () => {
  let padded: PdfPage[];
  let unpadded: PdfPage[];
  let paddedPlain: PdfPage[];
  let unpaddedPlain: PdfPage[];
  beforeAll(async () => {
    const on = await docxFile('padded', true);
    const off = await docxFile('unpadded', false);
    await toPdf([on, off], path.join(dir, 'plain'));
    await toPdf([on, off], path.join(dir, 'kept'), KEEP_BLANK_PAGES);
    padded = pdfPages(path.join(dir, 'kept', 'padded.pdf'));
    unpadded = pdfPages(path.join(dir, 'kept', 'unpadded.pdf'));
    paddedPlain = pdfPages(path.join(dir, 'plain', 'padded.pdf'));
    unpaddedPlain = pdfPages(path.join(dir, 'plain', 'unpadded.pdf'));
  }, 180_000);

  it('lays the letters out at 1, 2, 3, 2 and 1 pages (the fixture this test relies on)', () => {
    const starts = [...firstPages(unpaddedPlain), unpaddedPlain.length];
    expect(MEMBERS.map((_, i) => (starts[i + 1] ?? 0) - (starts[i] ?? 0))).toEqual(MEMBERS.map((m) => m.pages));
  });

  it('starts every letter on a front side (an odd page), behind a blank page where needed', () => {
    const starts = firstPages(padded);
    // Letter i starts after the letters before it, each rounded up to an even page count.
    const expected = MEMBERS.map((_, i) => MEMBERS.slice(0, i).reduce((sum, m) => sum + m.pages + (m.pages % 2), 0));
    expect(starts).toEqual(expected);
    for (const [i, start] of starts.entries()) expect(start % 2, `${MEMBERS[i]?.name}'s letter starts on page ${start + 1}`).toBe(0);
    // The last letter needs no padding: nothing is printed after it.
    const last = MEMBERS[MEMBERS.length - 1] as Member;
    expect(padded.length).toBe((expected[expected.length - 1] ?? 0) + last.pages);
  });

  it('leaves the blank pages blank, and adds them only after a letter with an odd page count', () => {
    const starts = firstPages(padded);
    const blanks = padded.flatMap((p, i) => (p.text.trim() === '' ? [i] : []));
    const expected = MEMBERS.flatMap((m, i) => (m.pages % 2 === 1 && i < MEMBERS.length - 1 ? [(starts[i] ?? 0) + m.pages] : []));
    expect(blanks).toEqual(expected);
    expect(blanks.length).toBeGreaterThanOrEqual(2);
  });

  it('labels every letter’s pages 2+ with its own page number and leaves its first page unlabelled', () => {
    const starts = firstPages(padded);
    for (const [i, m] of MEMBERS.entries()) {
      const start = starts[i] ?? -1;
      expect(padded[start]?.label, `${m.name}, page 1`).toBe('');
      // "of N" counts the letter's own pages, not the blank page padding it.
      for (let n = 2; n <= m.pages; n++) expect(padded[start + n - 1]?.label, `${m.name}, page ${n}`).toBe(pageLabelText(LABEL[m.lang], n, m.pages));
    }
  });

  it('lays the letters out alike padded or not: Writer keeps restarted numbers on front sides anyway', () => {
    // What the option changes is for Word (settings and even-page footers, read below with
    // python-docx); Writer inserts these blank pages before any section restarting at page 1
    // that would start on a back side, with or without the option. This test says so, and
    // fails should a Writer release stop doing it (then only Word would pad).
    expect(unpadded.map((p) => p.text)).toEqual(padded.map((p) => p.text));
    expect(unpadded.map((p) => p.label)).toEqual(padded.map((p) => p.label));
  });

  it('prints the same pages as without padding when the PDF export leaves the blank pages out', () => {
    // LibreOffice's default PDF export drops automatically inserted blank pages: converted with
    // plain --convert-to pdf, the padded document reads exactly like the unpadded one.
    expect(paddedPlain.map((p) => p.text)).toEqual(unpaddedPlain.map((p) => p.text));
    expect(unpaddedPlain.length).toBe(MEMBERS.reduce((sum, m) => sum + m.pages, 0));
    expect(unpaddedPlain.every((p) => p.text.trim() !== '')).toBe(true);
  });
});

describe('DOCX without padToEven', () => {
  const partsOf = async (padToEven: boolean | undefined) =>
    unzipSync(await writeDocx(LETTERS, padToEven === undefined ? { fontDir: FONT_DIR } : { fontDir: FONT_DIR, padToEven }));
  const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

  it('has no even-page footers and odd and even pages alike; padded, a footer for each', async () => {
    // A footer part per label and page count (en 1, en 2, de 3, de 2; the last letter's en 1 is the first's).
    const [none, on] = await Promise.all([partsOf(undefined), partsOf(true)]);
    expect(text(none['word/document.xml'])).not.toContain('w:type="even"');
    expect(text(none['word/settings.xml'])).toContain('<w:evenAndOddHeaders w:val="false"/>');
    expect(Object.keys(none).filter((p) => /^word\/footer\d+\.xml$/.test(p))).toHaveLength(4);
    // Padded: one more footer part per label, named by the sections where the label or count changes.
    expect(text(on['word/settings.xml'])).toContain('<w:evenAndOddHeaders/>');
    expect(Object.keys(on).filter((p) => /^word\/footer\d+\.xml$/.test(p))).toHaveLength(8);
    expect(text(on['word/document.xml']).match(/<w:footerReference w:type="even"/g)).toHaveLength(5);
    expect(text(on['word/document.xml'])).not.toContain('oddPage');
  });
});

/** What Word goes by: the document's odd/even setting and each section's footers and numbering. */
const READ_SECTIONS = `
import json, sys
from docx import Document
from docx.oxml.ns import qn
doc = Document(sys.argv[1])
def story(footer):
    xml = footer._element.xml if footer._has_definition else ''
    fields = [t.text.strip() for t in footer._element.iter(qn('w:instrText'))] + [f.get(qn('w:instr')).strip() for f in footer._element.iter(qn('w:fldSimple'))]
    return {'linked': footer.is_linked_to_previous, 'text': ' '.join(''.join(t.text or '' for t in footer._element.iter(qn('w:t'))).split()),
            'fields': fields}
sections = []
for s in doc.sections:
    pg = s._sectPr.find(qn('w:pgNumType'))
    sections.append({'start': str(s.start_type), 'restart': None if pg is None else pg.get(qn('w:start')),
                     'title_page': s.different_first_page_header_footer,
                     'default': story(s.footer), 'even': story(s.even_page_footer), 'first': story(s.first_page_footer)})
print(json.dumps({'odd_even': doc.settings.odd_and_even_pages_header_footer, 'sections': sections}))
`;

interface Story {
  linked: boolean;
  /** The footer's words and the fields' stored results: the page number is Word's to fill in. */
  text: string;
  fields: string[];
}
interface SectionReading {
  start: string;
  restart: string | null;
  title_page: boolean;
  default: Story;
  even: Story;
  first: Story;
}

describe.runIf(hasPythonDocx)('DOCX padded to even pages, as python-docx reads it', () => {
  let reading: { odd_even: boolean; sections: SectionReading[] };
  beforeAll(async () => {
    const file = await docxFile('padded-python', true);
    reading = JSON.parse(execFileSync(PYTHON, ['-c', READ_SECTIONS, file], { encoding: 'utf8' })) as typeof reading;
  }, 30_000);

  it('turns on different odd and even page footers for the whole document', () => {
    expect(reading.odd_even).toBe(true);
  });

  it('gives every letter its own section: a new page, numbers from 1, no label on the first page', () => {
    expect(reading.sections).toHaveLength(MEMBERS.length);
    for (const s of reading.sections) {
      expect(s).toMatchObject({ start: 'NEW_PAGE (2)', restart: '1', title_page: true });
      expect(s.first.text).toBe('');
    }
  });

  it('labels odd and even pages alike, in the letter’s language, with its page count for LibreOffice', () => {
    for (const [i, s] of reading.sections.entries()) {
      const m = MEMBERS[i] as Member;
      const previous = MEMBERS[i - 1];
      const changes = i === 0 || previous?.lang !== m.lang || previous.pages !== m.pages;
      const text = LABEL[m.lang].replace('{n}', '').replace('{total}', String(m.pages)).replace(/\s+/g, ' ');
      for (const footer of [s.default, s.even]) {
        expect(footer, `${m.name}'s section`).toEqual({ linked: !changes, text, fields: ['PAGE', 'SECTIONPAGES'] });
      }
    }
  });
});

describe('npm run export -- --pad-even --format docx', () => {
  it('is accepted, and writes a DOCX padded to even pages', async () => {
    const members = path.join(dir, 'two.csv');
    writeFileSync(members, 'First name,Last name,Street,Postcode,City\nZoë,Müller-Lüdenscheidt,Rue du Lac 1,1003,Lausanne\nJean,Dupont,Rue du Rhône 2,1204,Genève\n');
    const out = path.join(dir, 'cli.docx');
    const argv = ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'en', '--members', members, '--pad-even', '--format', 'docx', '--out', out];
    const args = parseExportArgs(argv);
    expect(args).toMatchObject({ format: 'docx', padToEven: true });
    const deps = { resourcesDir: RESOURCES_DIR, pdfEngine: () => expect.unreachable('no PDF engine for a DOCX') as never, today: () => '2026-11-28' };
    expect(await exportLetters(args, deps)).toMatchObject({ letters: 2 });
    const parts = unzipSync(readFileSync(out));
    expect(new TextDecoder().decode(parts['word/settings.xml'])).toContain('<w:evenAndOddHeaders/>');
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('<w:footerReference w:type="even"');
  });
});
