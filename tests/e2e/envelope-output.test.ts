import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { campaignSchema, type Campaign } from '../../shared/campaign/schema';
import { envelopesFor, labelsFor } from '../../shared/envelope/compose-envelopes';
import { LABEL_FORMATS, labelCell, labelTextBox } from '../../shared/envelope/labels';
import { ENVELOPE_SIZE_IDS, ENVELOPE_SIZES, envelopeLayout, type Box } from '../../shared/envelope/sizes';
import { composeWithCopies } from '../../shared/letter/compose';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import type { LetterDocument } from '../../shared/letter/model';
import type { SenderProfile } from '../../shared/letter/options';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { BUILT_RENDERER_DIR, BUNDLED_CAMPAIGNS_DIR } from '../../main/paths';
import { findLines } from '../support/address-lines';
import { pdfPagesText, pdfWords, type PdfWord } from '../support/pdf-words';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp, type AppHarness } from './harness';

/**
 * Envelopes and label sheets as a member gets them on paper: the PDF made by Chromium's print
 * engine from the print page, read back by poppler (an independent reader) — page sizes with
 * pdfinfo, every word's box with pdftotext -bbox.
 */

const tools = requireTool('pdftotext', 'poppler-utils', ['-v']) && requireTool('chromium', 'chromium');
const campaign: Campaign = campaignSchema.parse(
  JSON.parse(readFileSync(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'), 'utf8')),
);
const profile: SenderProfile = {
  ...EMPTY_PROFILE,
  firstName: 'Ευάγγελος',
  lastName: 'Müller-Lüdenscheidt',
  street: 'Rue du Lac 1',
  postcode: '1003',
  city: 'Lausanne',
  country: 'Switzerland',
};
const dir = mkdtempSync(path.join(tmpdir(), 'appeal-envelopes-'));
/** Chromium rounds page sizes to whole points; poppler reports boxes to 1/1000 pt. */
const SIZE_TOLERANCE_MM = 0.5;
const BOX_TOLERANCE_MM = 0.5;

function lettersFor(campaignToUse: Campaign = campaign, who: SenderProfile = profile): LetterDocument[] {
  const options = {
    campaignId: campaignToUse.id,
    lang: 'en',
    salutationIndex: 0,
    choices: [],
    personalText: '',
    layout: { preset: 'none' as const, offsetMm: { x: 0, y: 0 }, foldMarks: false },
    date: '2026-11-28',
  };
  return composeWithCopies({ campaign: campaignToUse, options, profile: who }, true);
}

/** Every page's size in millimetres, as pdfinfo reads it. */
function pageSizesMm(file: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: (Number(m[1]) * 25.4) / 72,
    height: (Number(m[2]) * 25.4) / 72,
  }));
}

function expectInside(words: PdfWord[], box: Box, what: string): void {
  for (const word of words) {
    expect.soft(word.left, `${what}: "${word.text}" left`).toBeGreaterThanOrEqual(box.left - BOX_TOLERANCE_MM);
    expect.soft(word.right, `${what}: "${word.text}" right`).toBeLessThanOrEqual(box.left + box.width + BOX_TOLERANCE_MM);
    expect.soft(word.top, `${what}: "${word.text}" top`).toBeGreaterThanOrEqual(box.top - BOX_TOLERANCE_MM);
    expect.soft(word.bottom, `${what}: "${word.text}" bottom`).toBeLessThanOrEqual(box.top + box.height + BOX_TOLERANCE_MM);
  }
}

function overlaps(word: PdfWord, box: Box): boolean {
  return word.right > box.left && word.left < box.left + box.width && word.bottom > box.top && word.top < box.top + box.height;
}

describe.runIf(tools)('envelopes and address labels through Chromium’s print engine', () => {
  let engine: ChromiumPdfEngine;
  beforeAll(() => {
    engine = new ChromiumPdfEngine(BUILT_RENDERER_DIR);
  });
  afterAll(async () => {
    await engine.close();
  });

  it.each(ENVELOPE_SIZE_IDS.map((id) => [ENVELOPE_SIZES[id].name, id] as const))(
    '%s: one page per letter at the envelope’s size, the addresses in their fields, stamp and coding strip blank',
    async (_name, size) => {
      const letters = lettersFor();
      expect(letters.length, 'the letter and the embassy copy').toBe(2);
      const envelopes = envelopesFor(letters, size);
      const file = path.join(dir, `envelope-${size}.pdf`);
      writeFileSync(file, await engine.jobToPdf({ kind: 'envelopes', envelopes }));

      const expected = ENVELOPE_SIZES[size];
      const sizes = pageSizesMm(file);
      expect(sizes).toHaveLength(envelopes.length);
      for (const page of sizes) {
        expect(page.width).toBeCloseTo(expected.width, 0);
        expect(Math.abs(page.width - expected.width)).toBeLessThanOrEqual(SIZE_TOLERANCE_MM);
        expect(Math.abs(page.height - expected.height)).toBeLessThanOrEqual(SIZE_TOLERANCE_MM);
      }

      const layout = envelopeLayout(size);
      const words = pdfWords(file);
      envelopes.forEach((envelope, i) => {
        const onPage = words.filter((w) => w.page === i + 1);
        const recipient = findLines(onPage, envelope.recipient).flat();
        const sender = findLines(onPage, envelope.returnAddress).flat();
        expectInside(recipient, layout.recipient, `page ${i + 1} recipient`);
        expectInside(sender, layout.returnAddress, `page ${i + 1} return address`);
        // Everything printed is one of the two addresses: nothing else, and nothing on the stamp.
        expect(onPage.length).toBe(recipient.length + sender.length);
        for (const word of onPage) {
          expect.soft(overlaps(word, layout.franking), `"${word.text}" on the stamp`).toBe(false);
          expect.soft(overlaps(word, layout.coding), `"${word.text}" on the coding strip`).toBe(false);
        }
      });
      expect(envelopes[1]?.recipient[0]).toBe('Mrs Hanum Ibrahimova');
    },
  );

  it('puts each letter’s recipient on its own label, row by row, onto a second sheet when the first is full', async () => {
    const format = LABEL_FORMATS['avery-3484'];
    // 9 campaigns × (letter + embassy copy) = 18 labels: more than the 16 of one sheet.
    const letters = Array.from({ length: 9 }, (_, n) =>
      lettersFor({
        ...campaign,
        recipient: { ...campaign.recipient, address: [`Recipient Number${n + 1}`, ...campaign.recipient.address.slice(1)] },
      }),
    ).flat();
    const sheet = labelsFor(letters);
    expect(sheet.labels).toHaveLength(18);
    const file = path.join(dir, 'labels.pdf');
    writeFileSync(file, await engine.jobToPdf({ kind: 'labels', sheet }));

    const sizes = pageSizesMm(file);
    expect(sizes).toHaveLength(2);
    for (const page of sizes) {
      expect(Math.abs(page.width - format.sheet.width)).toBeLessThanOrEqual(SIZE_TOLERANCE_MM);
      expect(Math.abs(page.height - format.sheet.height)).toBeLessThanOrEqual(SIZE_TOLERANCE_MM);
    }

    const words = pdfWords(file);
    sheet.labels.forEach((lines, index) => {
      const { sheet: sheetIndex, box } = labelTextBox(format, index);
      const cell = labelCell(format, index).box;
      // Only this label's own cell is searched: a line found there printed there.
      const inCell = words.filter((w) => w.page === sheetIndex + 1 && overlaps(w, cell));
      const found = findLines(inCell, lines).flat();
      expectInside(found, box, `label ${index + 1}`);
      expect(inCell.length, `label ${index + 1} holds only its own address`).toBe(found.length);
    });
    expect(pdfPagesText(file)[1]).toContain('Recipient Number9');
  });
});

describe.runIf(tools)('the envelope, one link away from step 4, as a member saves it', () => {
  let app: AppHarness;
  afterEach(async () => app?.close());
  afterAll(closeBrowser);

  it('saves a DL envelope as PDF with the president’s address and the member’s own', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('button', { name: 'Write this letter' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('textbox', { name: 'First name' }).fill('Արամ');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Hovhannisyan');
    await page.getByRole('textbox', { name: 'Street and number' }).fill('Rue du Lac 1');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('1003');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Check and print' }).waitFor();
    await page.getByRole('button', { name: 'Envelopes and address labels…' }).click();

    await page.getByRole('region', { name: 'No window envelope?' }).getByRole('radio', { name: /^DL/ }).check();
    app.answerSaveDialogs('envelope.pdf');
    await page.getByRole('button', { name: 'Save envelope as PDF…' }).click();
    await expect.poll(() => page.getByText('Saved: envelope.pdf').isVisible(), { timeout: 30_000 }).toBe(true);

    const file = path.join(app.outputDir, 'envelope.pdf');
    const [size] = pageSizesMm(file);
    expect(Math.abs((size?.width ?? 0) - ENVELOPE_SIZES.dl.width)).toBeLessThanOrEqual(SIZE_TOLERANCE_MM);
    const layout = envelopeLayout('dl');
    const words = pdfWords(file).filter((w) => w.page === 1);
    // Abroad: the country is the last line in capitals, and the sender's own country is added.
    const recipientLines = [...campaign.recipient.address.slice(0, -1), 'AZERBAIJAN'];
    expectInside(findLines(words, recipientLines).flat(), layout.recipient, 'recipient');
    expectInside(findLines(words, ['Արամ Hovhannisyan', 'Rue du Lac 1', '1003 Lausanne', 'Switzerland']).flat(), layout.returnAddress, 'sender');

    expect(app.refusedRequests, 'network requests').toEqual([]);
    expect(app.cspViolations, 'CSP violations').toEqual([]);
    expect(app.pageErrors, 'page errors').toEqual([]);
  });
});
