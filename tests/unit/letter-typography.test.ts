/**
 * One source of the letter's typography (shared/letter/typography.ts): the print page's CSS reads
 * it through variables and holds no numbers of its own, and the DOCX's styles carry the same sizes,
 * leading, spaces and alignment. The e2e test docx-vs-pdf checks where the blocks land.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../main/export/docx-writer';
import { STYLE, type StyledKind } from '../../main/export/docx/styles';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import type { LetterDocument } from '../../shared/letter/model';
import { BLOCK_TYPES } from '../../shared/letter/typography';
import { letterCssVariables } from '../../shared/letter/typography-css';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LETTER_CSS = readFileSync(path.join(ROOT, 'renderer/src/preview/letter.css'), 'utf8');
const LETTER: LetterDocument = {
  lang: 'en',
  layout: DEFAULT_LAYOUT,
  blocks: [
    { kind: 'place-date', text: 'Lausanne, 28 November 2026' },
    { kind: 'paragraph', runs: [{ text: 'Hello' }] },
  ],
  pageLabel: 'Page {n} of {total}',
};
const VARIABLES = letterCssVariables(LETTER);
/** Set by mount-letters.ts on the return line, at the size return-line.ts chose; letter.css falls back to the largest. */
const SET_BY_MOUNT = new Set(['--fitted-size', '--fitted-leading']);

/** letter.css without its @font-face rules (file names, weights) and comments. */
const RULES = LETTER_CSS.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@font-face\s*{[^}]*}/g, '');

describe('the print page’s CSS', () => {
  it('reads every length, size and alignment from variables the TypeScript source sets', () => {
    const used = new Set([...RULES.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] as string));
    expect(used.size).toBeGreaterThan(40);
    for (const name of used) expect(name in VARIABLES || SET_BY_MOUNT.has(name), `${name} is set`).toBe(true);
  });

  it('writes no number of the letter’s look itself', () => {
    const declarations = [...RULES.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ property: m[1] as string, value: (m[2] as string).trim() }));
    // Lengths other than 0 and A4 (layouts.ts PAGE; @page cannot read variables) are the source's; black and white are not.
    const own = (value: string) => value.replace(/var\([^)]*\)/g, '').replace(/#[0-9a-f]{3,6}\b/gi, '');
    const numbers = declarations.filter((d) => /\d/.test(own(d.value)) && !/^0(mm)?$/.test(d.value) && d.value !== 'A4');
    expect(numbers.map((d) => `${d.property}: ${d.value}`)).toEqual([]);
    expect(RULES).not.toMatch(/text-align:\s*right/);
  });

  it('has a rule for every kind of block in the flow', () => {
    for (const kind of ['place-date', 'subject', 'salutation', 'paragraph', 'list', 'closing', 'signature-space', 'printed-name', 'copy-line', 'footer']) {
      expect(RULES, kind).toContain(`.block-${kind} {`);
    }
  });
});

describe('the DOCX styles', () => {
  it('carry the print page’s size, leading, space after and alignment for each kind of block', async () => {
    const parts = unzipSync(await writeDocx([LETTER], { fontDir: path.join(ROOT, 'resources/fonts') }));
    const styles = new TextDecoder().decode(parts['word/styles.xml']);
    for (const kind of Object.keys(STYLE) as StyledKind[]) {
      const xml = new RegExp(`<w:style [^>]*w:styleId="${STYLE[kind]}".*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(xml, kind).not.toBe('');
      const number = (pattern: RegExp) => Number(pattern.exec(xml)?.[1]);
      const css = (what: string) => VARIABLES[`--${kind}-${what}`] as string;
      expect(number(/<w:sz w:val="(\d+)"/) / 2, `${kind} size`).toBeCloseTo(parseFloat(css('size')), 1);
      expect(number(/<w:spacing [^>]*w:line="(\d+)"/) / 20, `${kind} leading`).toBeCloseTo(parseFloat(css('leading')), 1);
      expect(number(/<w:spacing [^>]*w:after="(\d+)"/) / 20, `${kind} space after`).toBeCloseTo(parseFloat(css('after')), 1);
      expect(/<w:jc w:val="right"\/>/.test(xml) ? 'right' : 'left', `${kind} alignment`).toBe(css('align'));
      expect(/<w:keepNext\/>/.test(xml), `${kind} keep with next`).toBe(BLOCK_TYPES[kind].keepWithNext);
      expect(/<w:b\/>/.test(xml), `${kind} bold`).toBe(BLOCK_TYPES[kind].bold);
    }
    // Widow and orphan control: a paragraph splits with two lines at least on each page, as on the print page.
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl\/>/);
  });

  it('put the place and date on the left, as the print page does', () => {
    expect(BLOCK_TYPES['place-date'].align).toBe('left');
    expect(VARIABLES['--place-date-align']).toBe('left');
  });
});
