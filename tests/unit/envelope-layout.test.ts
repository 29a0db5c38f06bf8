import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { campaignSchema } from '../../shared/campaign/schema';
import { envelopesFor, labelsFor } from '../../shared/envelope/compose-envelopes';
import { LABEL_FORMATS, labelCell, labelsPerSheet, labelTextBox } from '../../shared/envelope/labels';
import { ENVELOPE_SIZE_IDS, ENVELOPE_SIZES, envelopeLayout, type Box } from '../../shared/envelope/sizes';
import { composeWithCopies } from '../../shared/letter/compose';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import { BUNDLED_CAMPAIGNS_DIR } from '../../main/paths';

vi.mock('electron', () => ({ app: {}, BrowserWindow: class {}, dialog: {}, screen: { getAllDisplays: () => [] } }));
vi.mock('electron-store', () => ({ default: class {} }));
const { printSettings, renderJobScript } = await import('../../main/electron/electron-adapters');

const overlap = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const inside = (inner: Box, outer: { width: number; height: number }) =>
  inner.left >= 0 && inner.top >= 0 && inner.left + inner.width <= outer.width && inner.top + inner.height <= outer.height;

describe('envelope layout (Swiss Post zones)', () => {
  it.each(ENVELOPE_SIZE_IDS)('%s keeps the stamp and coding zones free and the address lower right', (id) => {
    const layout = envelopeLayout(id);
    const size = ENVELOPE_SIZES[id];
    for (const box of [layout.recipient, layout.returnAddress, layout.franking, layout.coding]) expect(inside(box, size)).toBe(true);
    expect(overlap(layout.recipient, layout.franking)).toBe(false);
    expect(overlap(layout.recipient, layout.coding)).toBe(false);
    expect(overlap(layout.returnAddress, layout.franking)).toBe(false);
    expect(overlap(layout.returnAddress, layout.recipient)).toBe(false);
    // Lower right: its centre right of the envelope's centre, below the return address.
    expect(layout.recipient.left + layout.recipient.width / 2).toBeGreaterThan(size.width / 2);
    expect(layout.recipient.top).toBeGreaterThanOrEqual(layout.returnAddress.top + layout.returnAddress.height);
    expect(layout.returnAddress).toMatchObject({ left: 10, top: 10 });
  });

  it('has the sizes printed on envelope packets', () => {
    expect(ENVELOPE_SIZES.c5).toMatchObject({ name: 'C5', width: 229, height: 162 });
    expect(ENVELOPE_SIZES['c6-5']).toMatchObject({ name: 'C6/5', width: 229, height: 114 });
    expect(ENVELOPE_SIZES.dl).toMatchObject({ name: 'DL', width: 220, height: 110 });
  });
});

describe('label sheets', () => {
  const format = LABEL_FORMATS['avery-3484'];
  it('fills 16 labels of 105 × 37 mm per A4 sheet, row by row, without overlap', () => {
    expect(labelsPerSheet(format)).toBe(16);
    const cells = Array.from({ length: 16 }, (_, i) => labelCell(format, i));
    for (const [i, cell] of cells.entries()) {
      expect(cell.sheet).toBe(0);
      expect(inside(cell.box, format.sheet)).toBe(true);
      for (const other of cells.slice(i + 1)) expect(overlap(cell.box, other.box)).toBe(false);
      const text = labelTextBox(format, i).box;
      expect(text.left).toBeGreaterThan(cell.box.left);
      expect(text.left + text.width).toBeLessThan(cell.box.left + cell.box.width);
    }
    expect(cells[1]?.box).toMatchObject({ left: 105, top: 0.5 });
    expect(labelCell(format, 16)).toMatchObject({ sheet: 1, box: { left: 0, top: 0.5 } });
  });
});

describe('envelopes and labels from the composed letters', () => {
  const campaign = campaignSchema.parse(JSON.parse(readFileSync(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'), 'utf8')));
  const profile = { ...EMPTY_PROFILE, firstName: 'Ольга', lastName: 'Иванова', street: 'Rue du Lac 1', postcode: '1003', city: 'Lausanne' };
  const options = {
    campaignId: campaign.id,
    lang: 'fr',
    salutationIndex: 0,
    choices: [],
    personalText: '',
    layout: { preset: 'ch-right' as const, offsetMm: { x: 0, y: 0 }, foldMarks: true },
    date: '2026-11-28',
  };
  const letters = composeWithCopies({ campaign, options, profile }, true);

  // Abroad, the country in capitals on the recipient's last line and the sender's country on the back (UPU practice).
  const toAzerbaijan = [...campaign.recipient.address.slice(0, -1), 'AZERBAIJAN'];
  const sender = ['Ольга Иванова', 'Rue du Lac 1', '1003 Lausanne'];

  it('gives each letter (and the embassy copy) an envelope with the letter’s own addresses', () => {
    const envelopes = envelopesFor(letters, 'dl');
    expect(envelopes.map((e) => e.recipient)).toEqual([toAzerbaijan, campaign.copies?.[0]?.address]);
    expect(envelopes.map((e) => e.returnAddress)).toEqual([[...sender, 'Suisse'], sender]);
    for (const envelope of envelopes) expect(envelope).toMatchObject({ size: 'dl', lang: 'fr' });
  });

  it('gives each letter one label with the recipient’s lines', () => {
    expect(labelsFor(letters)).toEqual({
      format: 'avery-3484',
      lang: 'fr',
      labels: [toAzerbaijan, campaign.copies?.[0]?.address],
    });
  });

  it('asks the system print dialog for the envelope’s paper at 100 %, with no printer margins', () => {
    const settings = printSettings({ kind: 'envelopes', envelopes: envelopesFor(letters, 'c6-5') });
    expect(settings).toMatchObject({ scaleFactor: 100, margins: { marginType: 'none' }, pageSize: { width: 229_000, height: 114_000 } });
    expect(printSettings({ kind: 'letters', letters })).toMatchObject({ scaleFactor: 100, pageSize: 'A4' });
    expect(printSettings({ kind: 'labels', sheet: labelsFor(letters) })).toMatchObject({ scaleFactor: 100, pageSize: 'A4' });
  });

  it('hands a job to the print page as data, not code', () => {
    const hostile = '"); alert(1); ("';
    const script = renderJobScript({ kind: 'labels', sheet: { format: 'avery-3484', lang: 'en', labels: [[hostile]] } });
    expect(script).toContain(JSON.stringify(hostile));
    expect(script.startsWith('(window.appealPrint ? window.appealPrint.renderJob(')).toBe(true);
  });
});
