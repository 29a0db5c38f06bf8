import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/campaign/schema';
import { composeLetter } from '../../shared/letter/compose';
import { LAYOUT_IDS, recipientBox, type LayoutSettings } from '../../shared/letter/layouts';
import { documentText } from '../../shared/letter/model';
import type { SenderProfile } from '../../shared/letter/options';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { BUILT_RENDERER_DIR } from '../../main/paths';
import { requireTool } from '../support/tools';
import { MEMBER_ZOE, bundledCampaign } from '../support/seed-letter';
import { pdfPagesText, pdfWords } from '../support/pdf-words';
import { findLines } from '../support/address-lines';

const tools = requireTool('pdftotext', 'poppler-utils', ['-v']) && requireTool('chromium', 'chromium');
const campaign: Campaign = bundledCampaign();
const profile: SenderProfile = MEMBER_ZOE;
const dir = mkdtempSync(path.join(tmpdir(), 'appeal-pdf-'));
let engine: ChromiumPdfEngine;

function letterFor(layout: LayoutSettings, who: SenderProfile = profile, personalText = '') {
  return composeLetter({
    campaign,
    profile: who,
    options: { campaignId: campaign.id, lang: 'en', salutationIndex: 0, choices: [], personalText, layout, date: '2026-11-28' },
  });
}

async function pdfOf(name: string, letters: ReturnType<typeof letterFor>[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await engine.lettersToPdf(letters));
  return file;
}

describe.runIf(tools)('PDF through Chromium’s print engine', () => {
  beforeAll(() => {
    engine = new ChromiumPdfEngine(BUILT_RENDERER_DIR);
  });
  afterAll(async () => {
    await engine.close();
  });

  const layouts: LayoutSettings[] = [
    ...LAYOUT_IDS.map((preset) => ({ preset, offsetMm: { x: 0, y: 0 }, foldMarks: true })),
    { preset: 'ch-right', offsetMm: { x: -3, y: 4 }, foldMarks: false },
  ];

  it.each(layouts.map((layout) => [`${layout.preset} ${JSON.stringify(layout.offsetMm)}`, layout] as const))(
    'puts every line of the recipient’s address inside the window: %s',
    async (name, layout) => {
      const letter = letterFor(layout);
      const file = await pdfOf(`layout-${name.replace(/\W+/g, '-')}.pdf`, [letter]);
      const box = recipientBox(layout);
      // The address as the letter prints it (its country line in capitals, as the post asks).
      const recipient = letter.blocks.find((block) => block.kind === 'recipient');
      const lines = findLines(pdfWords(file).filter((w) => w.page === 1), recipient?.kind === 'recipient' ? recipient.lines : []);
      for (const word of lines.flat()) {
        expect.soft(word.left, `"${word.text}" left`).toBeGreaterThanOrEqual(box.left - 0.5);
        expect.soft(word.right, `"${word.text}" right`).toBeLessThanOrEqual(box.left + box.width + 0.5);
        expect.soft(word.top, `"${word.text}" top`).toBeGreaterThanOrEqual(box.top - 0.5);
        expect.soft(word.bottom, `"${word.text}" bottom`).toBeLessThanOrEqual(box.top + box.height + 0.5);
      }
    },
  );

  it('keeps Greek, Armenian and Cyrillic names as real, searchable text with the letter font embedded', async () => {
    const names = [
      { firstName: 'Ευάγγελος', lastName: 'Παπαδόπουλος' },
      { firstName: 'Արամ', lastName: 'Հովհաննիսյան' },
      { firstName: 'Ольга', lastName: 'Иванова' },
    ];
    const layout = layouts[0] as LayoutSettings;
    const file = await pdfOf('scripts.pdf', names.map((n) => letterFor(layout, { ...profile, ...n })));
    const text = pdfPagesText(file).join('\n');
    for (const n of names) expect(text).toContain(`${n.firstName} ${n.lastName}`);
  });

  it('continues a long letter on the next page with a page number, losing no text', async () => {
    const personal = Array.from({ length: 6 }, (_, i) => `Personal paragraph ${i + 1}: ${'I ask you to act with care. '.repeat(12)}`).join('\n\n');
    const letter = letterFor(layouts[0] as LayoutSettings, profile, personal);
    const file = await pdfOf('long.pdf', [letter]);
    const pages = pdfPagesText(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const flat = pages.join(' ').replace(/\s+/g, ' ');
    for (const line of documentText(letter)) {
      for (const chunk of line.split(/\s+/).filter(Boolean).slice(0, 6)) expect(flat).toContain(chunk);
    }
    for (let i = 6; i >= 1; i--) expect(flat).toContain(`Personal paragraph ${i}:`);
    expect(pages[1]).toMatch(new RegExp(`Page 2 of ${pages.length}`));
    expect(pages[0]).not.toMatch(/Page 1 of/);
  });
});
