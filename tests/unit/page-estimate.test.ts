/**
 * The page count the DOCX stores for LibreOffice's "of N" (shared/letter/page-estimate.ts), on
 * letters whose lines can be counted by hand. tests/e2e/docx-vs-pdf.test.ts checks it against the
 * Chromium PDF and LibreOffice for real letters.
 */
import { describe, expect, it } from 'vitest';
import { countLines } from '../../shared/letter/line-breaks';
import { textWidthPt } from '../../shared/letter/font/text-width';
import { DEFAULT_LAYOUT, LAYOUT_PRESETS, MARGINS, PAGE } from '../../shared/letter/layouts';
import type { LetterBlock, LetterDocument } from '../../shared/letter/model';
import { estimatePageCount } from '../../shared/letter/page-estimate';
import { BLOCK_TYPES, mmToPt } from '../../shared/letter/typography';

const BODY = BLOCK_TYPES.paragraph;
const lines = (n: number): LetterBlock => ({ kind: 'paragraph', runs: [{ text: Array.from({ length: n }, () => 'line').join('\n') }] });
const letter = (...blocks: LetterBlock[]): LetterDocument => ({ lang: 'en', layout: DEFAULT_LAYOUT, blocks, pageLabel: 'Page {n} of {total}' });

/** Lines that fit on page 1 (from bodyTop) and on the pages after (from the top margin). */
const bottom = mmToPt(PAGE.height - MARGINS.bottom);
const FIRST = Math.floor((bottom - mmToPt(LAYOUT_PRESETS[DEFAULT_LAYOUT.preset].bodyTop)) / BODY.leadingPt);
const NEXT = Math.floor((bottom - mmToPt(MARGINS.top)) / BODY.leadingPt);

describe('line breaks', () => {
  const width = textWidthPt('word ', BODY.sizePt) * 10;

  it('breaks between words, letting the space hang, and at line breaks', () => {
    expect(countLines([{ text: 'word '.repeat(10).trim() }], BODY.sizePt, width)).toBe(1);
    expect(countLines([{ text: 'word '.repeat(11).trim() }], BODY.sizePt, width)).toBe(2);
    expect(countLines([{ text: 'one\ntwo' }], BODY.sizePt, width)).toBe(2);
  });

  it('breaks after a hyphen between letters, never at a no-break space', () => {
    const hyphened = `${'word '.repeat(9)}Müller-Lüdenscheidt`;
    expect(countLines([{ text: hyphened }], BODY.sizePt, width)).toBe(2);
    expect(countLines([{ text: 'word\u00a0'.repeat(11).trim() }], BODY.sizePt, width)).toBe(2);
  });

  it('breaks a word longer than the line where it runs out', () => {
    expect(countLines([{ text: 'x'.repeat(200) }], BODY.sizePt, textWidthPt('x'.repeat(50), BODY.sizePt))).toBe(4);
  });

  it('measures bold text in the bold face', () => {
    const text = 'word '.repeat(10).trim();
    expect(countLines([{ text, bold: true }], BODY.sizePt, width)).toBe(2);
  });
});

describe('the page estimate', () => {
  it('counts one page for a letter that fits', () => {
    expect(estimatePageCount(letter(lines(3), lines(3)))).toBe(1);
    expect(estimatePageCount(letter(lines(FIRST)))).toBe(1);
  });

  it('continues a paragraph on the next pages, page after page', () => {
    expect(estimatePageCount(letter(lines(FIRST + 2)))).toBe(2);
    expect(estimatePageCount(letter(lines(FIRST + NEXT + 2)))).toBe(3);
  });

  it('leaves two lines at least on the next page (widow control)', () => {
    // One line too many for page 1: two lines go over, not one, and push the next paragraph on.
    // With one line over, page 2 would hold NEXT - 2 more lines after the space; with two, NEXT - 3.
    expect(estimatePageCount(letter(lines(FIRST + 1), lines(NEXT - 3)))).toBe(2);
    expect(estimatePageCount(letter(lines(FIRST + 1), lines(NEXT - 2)))).toBe(3);
  });

  it('moves a closing to the next page with what follows it', () => {
    // The closing fits at the foot of page 1, but the signature space and name after it do not.
    const closing: LetterBlock[] = [{ kind: 'closing', text: 'Yours sincerely,' }, { kind: 'signature-space' }, { kind: 'printed-name', text: 'Zoë' }];
    expect(estimatePageCount(letter(lines(FIRST - 2), ...closing))).toBe(2);
    expect(estimatePageCount(letter(lines(3), ...closing))).toBe(1);
  });
});
