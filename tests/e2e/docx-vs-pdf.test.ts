import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/campaign/schema';
import { composeLetter } from '../../shared/letter/compose';
import { LAYOUT_IDS, MARGINS, PAGE, type LayoutSettings } from '../../shared/letter/layouts';
import type { LetterDocument } from '../../shared/letter/model';
import type { SenderProfile } from '../../shared/letter/options';
import { pageLabelText } from '../../shared/letter/render-html';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { pageLabelParts } from '../../main/export/docx/page-label';
import { writeDocx } from '../../main/export/docx-writer';
import { BUILT_RENDERER_DIR, FONTS_DIR } from '../../main/paths';
import { findLines } from '../support/address-lines';
import { pdfWords, type PdfWord } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { MEMBER_ZOE, bundledCampaign } from '../support/seed-letter';

/**
 * The promise that Word and PDF are the same letter: the bundled campaign's letter, made
 * once as PDF by Chromium's print engine and once as DOCX converted by LibreOffice, read back by
 * poppler. The recipient's lines land within ±3 mm of each other and both hold the same words.
 */

const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('soffice', 'libreoffice-writer');
/** What the window forgives: the brief's tolerance between the two outputs. */
const TOLERANCE_MM = 3;
const campaign: Campaign = bundledCampaign();
const profile: SenderProfile = { ...MEMBER_ZOE, country: 'Switzerland' };
const LONG_TEXT = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: ${'I ask you to act with care and without delay. '.repeat(10)}`).join('\n\n');

interface Case {
  name: string;
  letter: LetterDocument;
  /** Pages the letter runs to at least (so that page labels are really compared). */
  minPages: number;
}

function letterFor(preset: LayoutSettings['preset'], lang = 'en', personalText = ''): LetterDocument {
  const layout: LayoutSettings = { preset, offsetMm: { x: 0, y: 0 }, foldMarks: true };
  return composeLetter({
    campaign,
    profile,
    options: { campaignId: campaign.id, lang, salutationIndex: 0, choices: [], personalText, layout, date: '2026-11-28' },
  });
}

const CASES: Case[] = [
  ...LAYOUT_IDS.map((preset) => ({ name: `en-${preset}`, letter: letterFor(preset), minPages: 1 })),
  // Two pages, in French: the page label and French spacing go through both engines.
  { name: 'fr-long', letter: letterFor('ch-right', 'fr', LONG_TEXT), minPages: 3 },
];

const dir = mkdtempSync(path.join(tmpdir(), 'appeal-docx-vs-pdf-'));
const libreDir = path.join(dir, 'libreoffice');
const words = new Map<string, { chromium: PdfWord[]; libre: PdfWord[] }>();

/** Words in the bottom margin: only the page label prints there. */
const inBottomMargin = (w: PdfWord) => w.top > PAGE.height - MARGINS.bottom;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A list's bullets are markers, not words: Word's numbering prints "•" as text, Chromium draws the
 * CSS disc marker as a shape. Both show a bullet on paper; only the DOCX has it as text.
 */
const isListMarker = (w: PdfWord) => w.text === '•';

/** Each page's bottom-margin text; the rest of the words, sorted, as the letter's text. */
function split(all: PdfWord[]): { labels: string[]; text: string[] } {
  const pages = Math.max(0, ...all.map((w) => w.page));
  const labels = Array.from({ length: pages }, (_, i) =>
    normalise(
      all
        .filter((w) => w.page === i + 1 && inBottomMargin(w))
        .map((w) => w.text)
        .join(' '),
    ),
  );
  const text = all
    .filter((w) => !inBottomMargin(w) && !isListMarker(w))
    .map((w) => w.text)
    .sort();
  return { labels, text };
}

/** The words in one list and not in the other (with repeats): empty when both hold the same. */
function difference(a: string[], b: string[]): string[] {
  const rest = [...b];
  const extra: string[] = [];
  for (const word of a) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
    else extra.push(word);
  }
  return extra;
}

function lineBox(line: PdfWord[]) {
  return {
    left: Math.min(...line.map((w) => w.left)),
    top: Math.min(...line.map((w) => w.top)),
    right: Math.max(...line.map((w) => w.right)),
    bottom: Math.max(...line.map((w) => w.bottom)),
  };
}

describe.runIf(tools)('the DOCX, converted by LibreOffice, matches the Chromium PDF', () => {
  beforeAll(async () => {
    const engine = new ChromiumPdfEngine(BUILT_RENDERER_DIR);
    const docxFiles: string[] = [];
    try {
      for (const { name, letter } of CASES) {
        writeFileSync(path.join(dir, `${name}.pdf`), await engine.lettersToPdf([letter]));
        const docx = path.join(dir, `${name}.docx`);
        writeFileSync(docx, await writeDocx([letter], { fontDir: FONTS_DIR }));
        docxFiles.push(docx);
      }
    } finally {
      await engine.close();
    }
    // One soffice run for every file: its start-up is most of the time it takes.
    const loProfile = pathToFileURL(mkdtempSync(path.join(dir, 'lo-profile-'))).href;
    await promisify(execFile)(
      'soffice',
      ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${loProfile}`, '--convert-to', 'pdf', '--outdir', libreDir, ...docxFiles],
      { timeout: 120_000 },
    );
    for (const { name } of CASES) {
      const converted = path.join(libreDir, `${name}.pdf`);
      if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${name}.docx`);
      words.set(name, { chromium: pdfWords(path.join(dir, `${name}.pdf`)), libre: pdfWords(converted) });
    }
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.name, c] as const))('%s: the recipient’s lines land within ±3 mm of each other', (_name, { letter, name }) => {
    const recipient = letter.blocks.find((b) => b.kind === 'recipient');
    expect(recipient?.kind).toBe('recipient');
    const lines = recipient?.kind === 'recipient' ? recipient.lines : [];
    const { chromium, libre } = words.get(name) ?? { chromium: [], libre: [] };
    const inPdf = findLines(chromium.filter((w) => w.page === 1), lines);
    const inDocx = findLines(libre.filter((w) => w.page === 1), lines);
    lines.forEach((line, i) => {
      const a = lineBox(inPdf[i] ?? []);
      const b = lineBox(inDocx[i] ?? []);
      expect.soft(Math.abs(a.left - b.left), `"${line}" left: PDF ${a.left.toFixed(1)}, DOCX ${b.left.toFixed(1)}`).toBeLessThanOrEqual(TOLERANCE_MM);
      expect.soft(Math.abs(a.top - b.top), `"${line}" top: PDF ${a.top.toFixed(1)}, DOCX ${b.top.toFixed(1)}`).toBeLessThanOrEqual(TOLERANCE_MM);
      expect.soft(Math.abs(a.bottom - b.bottom), `"${line}" bottom`).toBeLessThanOrEqual(TOLERANCE_MM);
    });
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: both hold the same words, page labels apart', (_name, { letter, name, minPages }) => {
    const { chromium, libre } = words.get(name) ?? { chromium: [], libre: [] };
    const pdf = split(chromium);
    const docx = split(libre);
    expect(pdf.text.length).toBeGreaterThan(100);
    expect(difference(pdf.text, docx.text), 'in the PDF, not in the DOCX').toEqual([]);
    expect(difference(docx.text, pdf.text), 'in the DOCX, not in the PDF').toEqual([]);

    // The page labels differ on purpose: the PDF knows the total ("Page 2 of 2"); the DOCX drops
    // it because LibreOffice prints Word's section page count empty (main/export/docx/page-label.ts).
    expect(pdf.labels.length, 'pages in the PDF').toBeGreaterThanOrEqual(minPages);
    expect(docx.labels.length, 'pages in the DOCX').toBe(pdf.labels.length);
    const total = pdf.labels.length;
    const parts = pageLabelParts(letter.pageLabel);
    pdf.labels.forEach((label, i) => {
      expect(label, `PDF page ${i + 1} label`).toBe(i === 0 ? '' : normalise(pageLabelText(letter.pageLabel, i + 1, total)));
    });
    docx.labels.forEach((label, i) => {
      expect(label, `DOCX page ${i + 1} label`).toBe(i === 0 ? '' : normalise(`${parts.before}${i + 1}${parts.after}`));
    });
  });
});
