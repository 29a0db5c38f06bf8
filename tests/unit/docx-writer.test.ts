/**
 * The DOCX export, checked with the tools a member's file meets: python-docx (an independent
 * OOXML reader) and LibreOffice (converting to PDF, read back with poppler's pdftotext).
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../main/export/docx-writer';
import type { Box, LayoutSettings } from '../../shared/letter/layouts';
import { LAYOUT_IDS, LAYOUT_PRESETS, recipientBox } from '../../shared/letter/layouts';
import type { LetterBlock, LetterDocument } from '../../shared/letter/model';
import { blockText, documentText } from '../../shared/letter/model';
import { FOLD_MARK } from '../../shared/letter/typography';
import { findLines } from '../support/address-lines';
import type { PdfWord } from '../support/pdf-words';
import { pdfWords } from '../support/pdf-words';
import { requireTool } from '../support/tools';

const PYTHON = '/usr/bin/python3';
const hasPythonDocx = requireTool(PYTHON, 'python3-docx', ['-c', 'import docx']);
const hasLibreOffice = requireTool('soffice', 'libreoffice-writer') && requireTool('pdftotext', 'poppler-utils', ['-v']);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FONT_DIR = path.join(ROOT, 'resources/fonts');
/** The window may be missed by this much and still show the address (the brief's tolerance). */
const TOLERANCE_MM = 3;
/** A fold mark is a short rule: half a millimetre off is as far as it may be. */
const FOLD_MARK_TOLERANCE_MM = 0.5;

const AZERBAIJAN = [
  'Mr. Ilham Aliyev',
  'President of the Republic of Azerbaijan',
  'Presidential Palace',
  'Istiqlaliyyat Street 19',
  '1066 Baku',
  'Azerbaijan',
];

function letter(
  layout: LayoutSettings,
  { sender = 'Zoë Müller-Lüdenscheidt', recipient = AZERBAIJAN, paragraphs = 2 } = {},
): LetterDocument {
  const blocks: LetterBlock[] = [
    { kind: 'sender', lines: [sender, 'Rue du Lac 1', '1003 Lausanne', 'Switzerland'] },
    { kind: 'recipient', lines: recipient, returnAddress: LAYOUT_PRESETS[layout.preset].window ? `${sender}, Rue du Lac 1, CH-1003 Lausanne` : '' },
    { kind: 'place-date', text: 'Lausanne, 28 November 2026' },
    { kind: 'subject', text: 'Anar Mammadli, human rights defender' },
    { kind: 'salutation', text: 'Dear Mr. President,' },
    {
      kind: 'paragraph',
      runs: [
        { text: 'I am writing to you about ' },
        { text: 'Anar Mammadli', bold: true },
        { text: ', the chair of an election-monitoring centre, who ' },
        { text: 'has been held in pre-trial detention since April 2024.', italic: true },
      ],
    },
    ...Array.from({ length: paragraphs - 1 }, (_, i): LetterBlock => ({
      kind: 'paragraph',
      runs: [{ text: `Paragraph ${i + 2}: his family has not been allowed to see him; his lawyer was refused access twice, most recently in ${1990 + i}.` }],
    })),
    {
      kind: 'list',
      items: [
        [{ text: 'release Anar Mammadli immediately and unconditionally;' }],
        [{ text: 'ensure that he has regular access to his lawyer and family;' }],
        [{ text: 'protect him from ' }, { text: 'torture and other ill-treatment', bold: true }, { text: '.' }],
      ],
    },
    { kind: 'closing', text: 'Yours sincerely,' },
    { kind: 'signature-space' },
    { kind: 'printed-name', text: sender },
    { kind: 'copy-line', label: 'Copy:', entries: ['Embassy of the Republic of Azerbaijan, Thunstrasse 11, 3005 Bern'] },
    { kind: 'footer', text: 'Postage: Europe CHF 1.90' },
  ];
  return { lang: 'en-GB', layout, blocks, pageLabel: 'Page {n} of {total}' };
}

const plain = (preset: LayoutSettings['preset']): LayoutSettings => ({ preset, offsetMm: { x: 0, y: 0 }, foldMarks: true });
const LAYOUTS: LayoutSettings[] = [
  ...LAYOUT_IDS.map(plain),
  { preset: 'ch-right', offsetMm: { x: -3, y: 4 }, foldMarks: false },
  { preset: 'din-a', offsetMm: { x: 4, y: -3 }, foldMarks: true },
  // The sender above the top margin: the blocks cannot be in the flow of text (page-one.ts).
  { preset: 'ch-left', offsetMm: { x: 2, y: -6 }, foldMarks: true },
];
const SECOND_RECIPIENT = ['Mr. Kamran Aliyev', 'Prosecutor General', 'Nizami Street 7', '1001 Baku', 'Azerbaijan'];
const SCRIPT_NAMES = ['Ευάγγελος Παπαδόπουλος', 'Արամ Հովհաննիսյան', 'Ольга Иванова'];

const dir = mkdtempSync(path.join(tmpdir(), 'appeal-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docxFile(name: string, letters: LetterDocument[]): Promise<string> {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await writeDocx(letters, { fontDir: FONT_DIR }));
  return file;
}

/** One soffice run converts several files: its start-up is most of the ~1.5 s it takes. */
async function toPdf(files: string[], outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const profile = pathToFileURL(mkdtempSync(path.join(dir, 'lo-profile-'))).href;
  mkdirSync(outDir, { recursive: true });
  const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', outDir];
  await promisify(execFile)('soffice', [...args, ...files], { env, timeout: 60_000 });
  for (const file of files) {
    const pdf = path.join(outDir, `${path.basename(file, '.docx')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${path.basename(file)}`);
  }
}

const pdfOf = (outDir: string, name: string) => path.join(outDir, `${name}.pdf`);

/** poppler renders at 254 dpi: one pixel is 0.1 mm. */
const PX_PER_MM = 10;
/** The darkest grey that still counts as ink on poppler's 0–255 scale. */
const INK = 128;

/** The ink in a strip of a page, row by row: each inked row's place and its first and last inked column, in mm. */
function inkRows(pdf: string, page: number, box: Box): { topMm: number; leftMm: number; rightMm: number }[] {
  const px = (mm: number) => String(Math.round(mm * PX_PER_MM));
  const crop = ['-x', px(box.left), '-y', px(box.top), '-W', px(box.width), '-H', px(box.height)];
  const pgm = execFileSync('pdftoppm', ['-r', String(PX_PER_MM * 25.4), '-gray', '-f', String(page), '-l', String(page), ...crop, pdf]);
  // Binary PGM: "P5\n<width> <height>\n255\n", then one byte a pixel.
  const [, header = '', width = '0', height = '0'] = /^(P5\s+(\d+)\s+(\d+)\s+255\s)/.exec(pgm.toString('latin1')) ?? [];
  const w = Number(width);
  const rows: { topMm: number; leftMm: number; rightMm: number }[] = [];
  for (let y = 0; y < Number(height); y++) {
    const row = pgm.subarray(header.length + y * w, header.length + (y + 1) * w);
    const inked = [...row.keys()].filter((x) => (row[x] as number) < INK);
    if (inked.length > 0) rows.push({ topMm: box.top + y / PX_PER_MM, leftMm: box.left + (inked[0] as number) / PX_PER_MM, rightMm: box.left + ((inked.at(-1) as number) + 1) / PX_PER_MM });
  }
  return rows;
}
const onPage = (words: PdfWord[], page: number) => words.filter((w) => w.page === page);
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The page label sits in the bottom margin (22 mm), where no body text goes. */
const labelOn = (words: PdfWord[], page: number) =>
  onPage(words, page)
    .filter((w) => w.top > 297 - 22)
    .map((w) => w.text)
    .join(' ');

function expectInside(words: PdfWord[], box: Box, what: string): void {
  for (const word of words) {
    expect.soft(word.left, `${what}: "${word.text}" left`).toBeGreaterThanOrEqual(box.left - TOLERANCE_MM);
    expect.soft(word.right, `${what}: "${word.text}" right`).toBeLessThanOrEqual(box.left + box.width + TOLERANCE_MM);
    expect.soft(word.top, `${what}: "${word.text}" top`).toBeGreaterThanOrEqual(box.top - TOLERANCE_MM);
    expect.soft(word.bottom, `${what}: "${word.text}" bottom`).toBeLessThanOrEqual(box.top + box.height + TOLERANCE_MM);
  }
}

/** Each text found after the previous one; returns the texts that were not. */
function missingInOrder(haystack: string, texts: string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const text of texts.map(normalize)) {
    const at = haystack.indexOf(text, from);
    if (at < 0) missing.push(text);
    else from = at + text.length;
  }
  return missing;
}

interface DocxRun {
  text: string;
  bold: boolean;
  italic: boolean;
  lang: string | null;
}
interface DocxReading {
  paragraphs: { text: string; runs: DocxRun[] }[];
  drawingIds: string[];
  sections: number;
}

/** python-docx reads every paragraph in document order, those inside the text boxes included. */
const READ_DOCX = `
import json, sys
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
doc = Document(sys.argv[1])
body = doc.element.body
def lang(run):
    rpr = run._r.rPr
    el = None if rpr is None else rpr.find(qn('w:lang'))
    return None if el is None else el.get(qn('w:val'))
paragraphs = []
for p in body.iter(qn('w:p')):
    para = Paragraph(p, doc._body)
    runs = [{'text': r.text, 'bold': bool(r.bold), 'italic': bool(r.italic), 'lang': lang(r)} for r in para.runs]
    paragraphs.append({'text': para.text, 'runs': runs})
ids = [el.get('id') for el in body.iter(qn('wp:docPr'))]
print(json.dumps({'paragraphs': paragraphs, 'drawingIds': ids, 'sections': len(doc.sections)}))
`;

function readDocx(file: string): DocxReading {
  return JSON.parse(execFileSync(PYTHON, ['-c', READ_DOCX, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as DocxReading;
}

describe.runIf(hasPythonDocx)('DOCX as python-docx reads it', () => {
  const single = letter(plain('ch-right'));
  let reading: DocxReading;
  let batch: DocxReading;
  beforeAll(async () => {
    reading = readDocx(await docxFile('single', [single]));
    batch = readDocx(await docxFile('batch', LAYOUTS.map((layout) => letter(layout))));
  }, 30_000);

  it('holds every block’s text as its own paragraph, in the order of the letter', () => {
    const texts = reading.paragraphs.map((p) => p.text);
    const expected = documentText(single);
    let from = 0;
    for (const text of expected) {
      const at = texts.indexOf(text, from);
      expect(at, `paragraph "${text}" (after paragraph ${from})`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('keeps bold and italic words, and marks every run with the letter’s language', () => {
    const runs = reading.paragraphs.flatMap((p) => p.runs).filter((r) => r.text !== '');
    expect(runs.find((r) => r.text === 'Anar Mammadli')).toMatchObject({ bold: true, italic: false });
    expect(runs.find((r) => r.text.startsWith('has been held'))).toMatchObject({ bold: false, italic: true });
    expect(runs.find((r) => r.text === 'I am writing to you about ')).toMatchObject({ bold: false, italic: false });
    expect(new Set(runs.map((r) => r.lang))).toEqual(new Set(['en-GB']));
  });

  it('gives each letter of a batch its own section, and holds no drawings', () => {
    expect(batch.sections).toBe(LAYOUTS.length);
    // The page-1 blocks are a table and the fold marks frames: drawings slowed LibreOffice down (page-one.ts).
    expect(batch.drawingIds).toEqual([]);
  });

  it('carries text a member typed with line breaks, tabs, markup characters and stray control characters', async () => {
    const typed = letter(plain('none'));
    typed.blocks.splice(5, 0, { kind: 'paragraph', runs: [{ text: 'Line one\nline two\t<b>&amp;</b>\u0007 done' }] });
    const read = readDocx(await docxFile('typed', [typed]));
    expect(read.paragraphs.map((p) => p.text)).toContain('Line one\nline two\t<b>&amp;</b> done');
  });
});

describe.runIf(hasLibreOffice)('DOCX printed through LibreOffice', () => {
  const out = path.join(dir, 'pdf');
  const outNoFonts = path.join(dir, 'pdf-no-system-fonts');
  const long = letter(plain('ch-right'), { paragraphs: 40 });
  const longGerman: LetterDocument = {
    ...letter(plain('din-a'), { paragraphs: 40, recipient: SECOND_RECIPIENT }),
    lang: 'de-CH',
    pageLabel: 'Seite {n} von {total}',
  };
  const scripts = SCRIPT_NAMES.map((sender) => letter(plain('din-b'), { sender }));

  beforeAll(async () => {
    const files = await Promise.all([
      docxFile('layouts', LAYOUTS.map((layout) => letter(layout))),
      docxFile('two-letters', [letter(plain('ch-left')), letter(plain('ch-left'), { recipient: SECOND_RECIPIENT })]),
      docxFile('long', [long, longGerman]),
      docxFile('scripts', scripts),
    ]);
    // The same file on a machine with no DejaVu Serif: only DejaVu Sans Mono is installed.
    const fontsDir = path.join(dir, 'system-fonts');
    mkdirSync(fontsDir);
    writeFileSync(
      path.join(dir, 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${fontsDir}</dir><cachedir>${path.join(dir, 'fc-cache')}</cachedir></fontconfig>`,
    );
    copyFileSync(path.join(ROOT, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'), path.join(fontsDir, 'DejaVuSansMono.ttf'));
    await Promise.all([
      toPdf(files, out),
      toPdf([files[3] as string], outNoFonts, { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') }),
    ]);
  }, 90_000);

  it('prints one first page per letter, whatever the layout', () => {
    const pages = new Set(pdfWords(pdfOf(out, 'layouts')).map((w) => w.page));
    expect(pages.size).toBe(LAYOUTS.length);
  });

  it.each(LAYOUTS.map((layout, i) => [`${layout.preset} ${JSON.stringify(layout.offsetMm)}`, layout, i + 1] as const))(
    'puts the address in the window, the sender in place and the date at bodyTop: %s',
    (_, layout, page) => {
      const words = onPage(pdfWords(pdfOf(out, 'layouts')), page);
      const preset = LAYOUT_PRESETS[layout.preset];
      const shift = (box: Box): Box => ({ ...box, left: box.left + layout.offsetMm.x, top: box.top + layout.offsetMm.y });
      const sample = letter(layout);
      const recipient = sample.blocks.find((b) => b.kind === 'recipient');
      const sender = sample.blocks.find((b) => b.kind === 'sender');
      if (recipient?.kind !== 'recipient' || sender?.kind !== 'sender') throw new Error('test letter lacks an address');

      expectInside(findLines(words, recipient.lines).flat(), recipientBox(layout), 'recipient');
      expectInside(findLines(words, sender.lines).flat(), shift(preset.sender), 'sender');
      if (preset.window) {
        const zone = { ...shift(preset.addressField), height: preset.returnZone };
        expectInside(findLines(words, [recipient.returnAddress]).flat(), zone, 'return address');
      }
      const [date] = findLines(words, ['Lausanne, 28 November 2026']);
      const dateTop = date?.[0]?.top ?? Number.NaN;
      expect(Math.abs(dateTop - (preset.bodyTop + layout.offsetMm.y)), `date line at ${dateTop} mm`).toBeLessThanOrEqual(TOLERANCE_MM);
    },
  );

  it.each(LAYOUTS.map((layout, i) => [`${layout.preset} ${JSON.stringify(layout.offsetMm)}`, layout, i + 1] as const))(
    'draws the fold marks where the print page does, and none when they are off: %s',
    (_, layout, page) => {
      const left = FOLD_MARK.leftMm + layout.offsetMm.x;
      for (const y of LAYOUT_PRESETS[layout.preset].foldMarks) {
        const top = y + layout.offsetMm.y;
        // The strip from the sheet's left edge to past the mark's end, the tolerance above and below the mark.
        const rows = inkRows(pdfOf(out, 'layouts'), page, { left: 0, top: top - TOLERANCE_MM, width: left + FOLD_MARK.lengthMm + TOLERANCE_MM, height: 2 * TOLERANCE_MM });
        if (!layout.foldMarks) {
          expect(rows, `nothing drawn at ${top} mm`).toEqual([]);
          continue;
        }
        expect(rows.length, `a mark at ${top} mm`).toBeGreaterThan(0);
        for (const row of rows) {
          expect.soft(Math.abs(row.topMm - top), `mark at ${top} mm drawn at ${row.topMm} mm`).toBeLessThanOrEqual(FOLD_MARK_TOLERANCE_MM);
          expect.soft(Math.abs(row.leftMm - left), `mark starts at ${row.leftMm} mm`).toBeLessThanOrEqual(FOLD_MARK_TOLERANCE_MM);
          expect.soft(Math.abs(row.rightMm - (left + FOLD_MARK.lengthMm)), `mark ends at ${row.rightMm} mm`).toBeLessThanOrEqual(FOLD_MARK_TOLERANCE_MM);
        }
      }
    },
  );

  it('starts the second letter of a file on a new page, its address in that page’s window', () => {
    const words = pdfWords(pdfOf(out, 'two-letters'));
    expect(new Set(words.map((w) => w.page))).toEqual(new Set([1, 2]));
    expectInside(findLines(onPage(words, 1), AZERBAIJAN).flat(), recipientBox(plain('ch-left')), 'first letter');
    expectInside(findLines(onPage(words, 2), SECOND_RECIPIENT).flat(), recipientBox(plain('ch-left')), 'second letter');
    expect(() => findLines(onPage(words, 1), SECOND_RECIPIENT)).toThrow();
  });

  it('continues a long letter on page 2 with a page label, and loses no text', () => {
    const words = pdfWords(pdfOf(out, 'long'));
    const secondLetterStarts = words.find((w) => w.text === 'Kamran')?.page ?? Number.NaN;
    expect(secondLetterStarts).toBeGreaterThanOrEqual(3);
    expect(labelOn(words, 1)).toBe('');
    expect(labelOn(words, 2)).toBe(`Page 2 of ${secondLetterStarts - 1}`);
    const firstLetter = words.filter((w) => w.page < secondLetterStarts);
    const flow = long.blocks.filter((b) => b.kind !== 'sender' && b.kind !== 'recipient').flatMap(blockText);
    expect(missingInOrder(normalize(firstLetter.map((w) => w.text).join(' ')), flow)).toEqual([]);
  });

  it('restarts the page numbers with each letter, labelled in that letter’s language', () => {
    const words = pdfWords(pdfOf(out, 'long'));
    const start = words.find((w) => w.text === 'Kamran')?.page ?? Number.NaN;
    expect(labelOn(words, start)).toBe('');
    const pages = Math.max(...words.map((w) => w.page)) - start + 1;
    expect(labelOn(words, start + 1)).toBe(`Seite 2 von ${pages}`);
  });

  it('prints Greek, Armenian and Cyrillic sender names as text', () => {
    const text = normalize(pdfWords(pdfOf(out, 'scripts')).map((w) => w.text).join(' '));
    for (const name of SCRIPT_NAMES) expect(text).toContain(name);
  });

  it('prints in the embedded DejaVu Serif on a machine that lacks the font', () => {
    const pdf = pdfOf(outNoFonts, 'scripts');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^DejaVuSerif/);
    const text = normalize(pdfWords(pdf).map((w) => w.text).join(' '));
    for (const name of SCRIPT_NAMES) expect(text).toContain(name);
  });
});
