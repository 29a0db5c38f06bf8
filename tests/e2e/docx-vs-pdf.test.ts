import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/campaign/schema';
import { composeLetter } from '../../shared/letter/compose';
import { textWidthPt } from '../../shared/letter/font/text-width';
import { LAYOUT_IDS, LAYOUT_PRESETS, MARGINS, PAGE, recipientBox, type LayoutId, type LayoutSettings } from '../../shared/letter/layouts';
import type { LetterDocument } from '../../shared/letter/model';
import type { SenderProfile } from '../../shared/letter/options';
import { estimatePageCount } from '../../shared/letter/page-estimate';
import { pageLabelText } from '../../shared/letter/render-html';
import { fitReturnLine } from '../../shared/letter/return-line';
import { RETURN_LINE_FIT, mmToPt } from '../../shared/letter/typography';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { writeDocx } from '../../main/export/docx-writer';
import { BUILT_RENDERER_DIR, FONTS_DIR } from '../../main/paths';
import { letterPlaces, type BlockPlace, type LetterPlaces } from '../support/block-positions';
import { pdfWords, type PdfWord } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { MEMBER_ZOE, bundledCampaign } from '../support/seed-letter';

/**
 * The promise that the PDF and the Word document are one letter. Letters in four
 * languages and every window layout — one, two and three pages long, with a member whose return
 * address is 90 characters long, with a printer offset — are made once as one PDF by Chromium's
 * print engine and once as one DOCX, which LibreOffice converts (one run for all: its start-up is
 * most of the time). poppler reads both back, and every block of every letter must land on the
 * same page, within ±2 mm, under the same page label.
 */

const tools =
  requireTool('chromium', 'chromium') &&
  requireTool('pdftotext', 'poppler-utils', ['-v']) &&
  requireTool('soffice', 'libreoffice-writer');
/** The brief's tolerance between the two outputs. */
const TOLERANCE_MM = 2;
const LANGS = ['en', 'fr', 'de', 'it'] as const;
const WINDOW_LAYOUTS = LAYOUT_IDS.filter((id) => LAYOUT_PRESETS[id].window);

const campaign: Campaign = bundledCampaign();
/** The same campaign with only the body's first two paragraphs: a one-page letter. */
const shortCampaign: Campaign = {
  ...campaign,
  languages: Object.fromEntries(
    Object.entries(campaign.languages).map(([lang, text]) => [lang, { ...text, body: text.body.split(/\n\s*\n/).slice(0, 2).join('\n\n') }]),
  ),
};
const ZOE: SenderProfile = { ...MEMBER_ZOE, country: 'Switzerland' };
/** A return address of exactly 90 characters (name, street, second line, town): too long for any window at 7 pt. */
const LONG_SENDER: SenderProfile = {
  ...MEMBER_ZOE,
  firstName: 'Marie',
  lastName: 'Châtelain-Vuilleumier',
  street: 'Chemin des Grands-Champs 112',
  addressLine2: 'c/o Cure catholique',
  postcode: '1800',
  city: 'Vevey',
};
const PERSONAL = (paragraphs: number) =>
  Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1}: ${'I ask you to act with care and without delay. '.repeat(9)}`).join('\n\n');

interface Case {
  name: string;
  letter: LetterDocument;
}

function letterFor(name: string, preset: LayoutId, lang: string, options: Partial<{ profile: SenderProfile; paragraphs: number; short: boolean; offset: LayoutSettings['offsetMm'] }> = {}): Case {
  const layout: LayoutSettings = { preset, offsetMm: options.offset ?? { x: 0, y: 0 }, foldMarks: true };
  const source = options.short ? shortCampaign : campaign;
  const letter = composeLetter({
    campaign: source,
    profile: options.profile ?? ZOE,
    options: { campaignId: source.id, lang, salutationIndex: 0, choices: [], personalText: PERSONAL(options.paragraphs ?? 0), layout, date: '2026-11-28' },
  });
  return { name, letter };
}

const CASES: Case[] = [
  // Every language in every layout, one to three pages long.
  ...LANGS.flatMap((lang, i) =>
    LAYOUT_IDS.map((preset, j) => {
      const kind = (i + j) % 4;
      return letterFor(`${lang}-${preset}-${['short', 'plain', 'long', 'longer'][kind]}`, preset, lang, { short: kind === 0, paragraphs: [0, 0, 5, 9][kind] });
    }),
  ),
  // The 90-character return address, in every window.
  ...WINDOW_LAYOUTS.map((preset, i) => letterFor(`long-sender-${preset}`, preset, LANGS[i % LANGS.length] as string, { profile: LONG_SENDER, short: true })),
  // A printer's fine-tune offset moves page 1 in both.
  letterFor('offset-ch-right', 'ch-right', 'de', { offset: { x: -3, y: 4 }, paragraphs: 2 }),
  letterFor('offset-din-a', 'din-a', 'fr', { offset: { x: 2, y: -3 }, short: true }),
  // Moved up past the top margin: the sender cannot be in the flow of text (docx/page-one.ts).
  letterFor('offset-ch-left-up', 'ch-left', 'it', { offset: { x: 2, y: -6 }, short: true }),
];

const dir = mkdtempSync(path.join(tmpdir(), 'appeal-docx-vs-pdf-'));
let pdfPlaces: LetterPlaces[] = [];
let docxPlaces: LetterPlaces[] = [];
let pdfAll: PdfWord[] = [];
let docxAll: PdfWord[] = [];

const byName = (name: string) => {
  const i = CASES.findIndex((c) => c.name === name);
  return { letter: (CASES[i] as Case).letter, pdf: pdfPlaces[i] as LetterPlaces, docx: docxPlaces[i] as LetterPlaces };
};
const describePlace = (p: BlockPlace) => `${p.kind} "${p.text}" p${p.page} left ${p.left.toFixed(1)} top ${p.top.toFixed(1)} bottom ${p.bottom.toFixed(1)}`;

/** A list's bullets are markers, not words: Word's numbering prints "•" as text, Chromium draws a disc. */
const isListMarker = (w: PdfWord) => w.text === '•';
const inBottomMargin = (w: PdfWord) => w.top > PAGE.height - MARGINS.bottom;
const sortedWords = (words: PdfWord[]) => words.filter((w) => !inBottomMargin(w) && !isListMarker(w)).map((w) => w.text.normalize('NFKC')).sort();

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

describe.runIf(tools)('the DOCX, converted by LibreOffice, matches the Chromium PDF', () => {
  beforeAll(async () => {
    const letters = CASES.map((c) => c.letter);
    const engine = new ChromiumPdfEngine(BUILT_RENDERER_DIR);
    try {
      writeFileSync(path.join(dir, 'letters.pdf'), await engine.lettersToPdf(letters));
    } finally {
      await engine.close();
    }
    const docx = path.join(dir, 'letters.docx');
    writeFileSync(docx, await writeDocx(letters, { fontDir: FONTS_DIR }));
    const loProfile = pathToFileURL(mkdtempSync(path.join(dir, 'lo-profile-'))).href;
    const libreDir = path.join(dir, 'libreoffice');
    await promisify(execFile)(
      'soffice',
      ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${loProfile}`, '--convert-to', 'pdf', '--outdir', libreDir, docx],
      { timeout: 120_000 },
    );
    const converted = path.join(libreDir, 'letters.pdf');
    if (!existsSync(converted)) throw new Error('LibreOffice did not convert letters.docx');
    pdfAll = pdfWords(path.join(dir, 'letters.pdf'));
    docxAll = pdfWords(converted);
    pdfPlaces = letterPlaces(letters, pdfAll);
    docxPlaces = letterPlaces(letters, docxAll);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs to the same pages, letter by letter, as the page estimate the DOCX stores for LibreOffice', () => {
    for (const { name } of CASES) {
      const { letter, pdf, docx } = byName(name);
      expect.soft(docx.pages, `${name}: pages in the DOCX`).toBe(pdf.pages);
      expect.soft(estimatePageCount(letter), `${name}: estimated pages`).toBe(pdf.pages);
    }
    // The cases do cover one, two and three pages.
    expect(new Set(pdfPlaces.map((p) => p.pages))).toEqual(new Set([1, 2, 3]));
  });

  it.each(CASES.map((c) => [c.name] as const))('%s: every block on the same page, within ±2 mm', (name) => {
    const { pdf, docx } = byName(name);
    expect(docx.blocks.map((b) => b.kind)).toEqual(pdf.blocks.map((b) => b.kind));
    pdf.blocks.forEach((a, i) => {
      const b = docx.blocks[i] as BlockPlace;
      const what = `PDF ${describePlace(a)} / DOCX ${describePlace(b)}`;
      expect.soft(b.page, `first page: ${what}`).toBe(a.page);
      expect.soft(b.lastPage, `last page: ${what}`).toBe(a.lastPage);
      expect.soft(Math.abs(a.left - b.left), `left: ${what}`).toBeLessThanOrEqual(TOLERANCE_MM);
      expect.soft(Math.abs(a.top - b.top), `top: ${what}`).toBeLessThanOrEqual(TOLERANCE_MM);
      expect.soft(Math.abs(a.bottom - b.bottom), `bottom: ${what}`).toBeLessThanOrEqual(TOLERANCE_MM);
    });
  });

  it.each(CASES.map((c) => [c.name] as const))('%s: the same page labels, "of N" counted per letter, in the same place', (name) => {
    const { letter, pdf, docx } = byName(name);
    const expected = Array.from({ length: pdf.pages }, (_, i) => (i === 0 ? '' : pageLabelText(letter.pageLabel, i + 1, pdf.pages)));
    expect(pdf.labels).toEqual(expected);
    expect(docx.labels).toEqual(expected);
    pdf.labelPlaces.forEach((a, i) => {
      const b = docx.labelPlaces[i];
      if (!a || !b) return;
      expect.soft(Math.abs(a.right - b.right), `page ${i + 1} label's right edge`).toBeLessThanOrEqual(TOLERANCE_MM);
      expect.soft(Math.abs(a.bottom - b.bottom), `page ${i + 1} label's lower edge`).toBeLessThanOrEqual(TOLERANCE_MM);
    });
  });

  it.each(CASES.map((c) => [c.name] as const))('%s: the recipient’s lines inside the window in both', (name) => {
    const { letter, pdf, docx } = byName(name);
    const box = recipientBox(letter.layout);
    for (const [output, places] of [
      ['PDF', pdf],
      ['DOCX', docx],
    ] as const) {
      const recipient = places.blocks.find((b) => b.kind === 'recipient') as BlockPlace;
      for (const word of recipient.words) {
        expect.soft(word.left, `${output} "${word.text}" left`).toBeGreaterThanOrEqual(box.left - 0.5);
        expect.soft(word.right, `${output} "${word.text}" right`).toBeLessThanOrEqual(box.left + box.width + 0.5);
        expect.soft(word.top, `${output} "${word.text}" top`).toBeGreaterThanOrEqual(box.top - 0.5);
        expect.soft(word.bottom, `${output} "${word.text}" bottom`).toBeLessThanOrEqual(box.top + box.height + 0.5);
      }
    }
  });

  it.each(WINDOW_LAYOUTS.map((preset) => [preset] as const))(
    'the 90-character return address in the %s window: one line, at 7 pt or more, whole, inside the window, clear of the recipient',
    (preset) => {
      const { letter, pdf, docx } = byName(`long-sender-${preset}`);
      const recipientBlock = letter.blocks.find((b) => b.kind === 'recipient');
      const returnAddress = recipientBlock?.kind === 'recipient' ? recipientBlock.returnAddress : '';
      expect(returnAddress).toHaveLength(90);
      const field = LAYOUT_PRESETS[preset].addressField;
      const fitted = fitReturnLine(returnAddress, field.width, recipientBlock?.kind === 'recipient' ? recipientBlock.returnCountry : undefined);
      expect(fitted, 'a return line is printed').not.toBeNull();
      if (!fitted) return;
      expect(fitted.sizePt).toBeGreaterThanOrEqual(RETURN_LINE_FIT.minPt);
      for (const [output, places] of [
        ['PDF', pdf],
        ['DOCX', docx],
      ] as const) {
        const line = places.blocks.find((b) => b.kind === 'return-line') as BlockPlace;
        const recipient = places.blocks.find((b) => b.kind === 'recipient') as BlockPlace;
        // Every word of the fitted line is there (letterPlaces found all of it), on one baseline.
        const bottoms = line.words.map((w) => w.bottom);
        expect(Math.max(...bottoms) - Math.min(...bottoms), `${output}: one baseline`).toBeLessThan(0.3);
        expect(line.left, `${output}: left edge in the window`).toBeGreaterThanOrEqual(field.left - 0.5);
        expect(line.right, `${output}: right edge in the window`).toBeLessThanOrEqual(field.left + field.width);
        expect(line.top, `${output}: below the window's top`).toBeGreaterThanOrEqual(field.top - 0.5);
        expect(line.bottom, `${output}: clear of the recipient's first line`).toBeLessThanOrEqual(recipient.top);
        // The size it was drawn at, from its width: at least the legible minimum.
        const drawnPt = mmToPt(line.right - line.left) / textWidthPt(fitted.text, 1);
        expect(drawnPt, `${output}: size`).toBeGreaterThanOrEqual(RETURN_LINE_FIT.minPt - 0.1);
        expect(Math.abs(drawnPt - fitted.sizePt), `${output}: drawn at the fitted size`).toBeLessThan(0.15);
      }
    },
  );

  it('prints the same words in both, page labels and list bullets apart', () => {
    const pdf = sortedWords(pdfAll);
    const docx = sortedWords(docxAll);
    expect(pdf.length).toBeGreaterThan(1000);
    expect(difference(pdf, docx), 'in the PDF, not in the DOCX').toEqual([]);
    expect(difference(docx, pdf), 'in the DOCX, not in the PDF').toEqual([]);
  });
});
