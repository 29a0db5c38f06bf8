import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_SHOWN_COPIES_MAX, IMPORT_SHOWN_TEXT_MAX, importUpdateSchema } from '../../shared/api/contract';
import type { Campaign, Person } from '../../shared/campaign/schema';
import { reviewUpdate } from '../../main/services/library/import-changes';

const bundled = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../resources/campaigns/azerbaijan-2020.appeal'), 'utf8'),
) as Campaign;
const own = (campaign: Campaign) => ({ campaign, cameWithApp: false });
const fromApp = (campaign: Campaign) => ({ campaign, cameWithApp: true });
const update = (changes: Partial<Campaign>): Campaign => ({ ...structuredClone(bundled), revision: 2, ...changes });
const stranger = (address: string[]): Person => ({ ...bundled.recipient, address });

const BAKU = bundled.recipient.address;
const ZURICH = [...BAKU.slice(0, 3), 'Postfach 99', '8000 Zürich'];

describe('what an update changes', () => {
  it('says nothing more for an own campaign whose addresses and publisher stay', () => {
    const next = update({ languages: { en: { title: 'New title', body: 'New text.' } } });
    expect(reviewUpdate(own(bundled), next)).toEqual({});
  });

  it('flags a campaign that came with the app even when only its text changes', () => {
    expect(reviewUpdate(fromApp(bundled), update({ deadline: '2027-03-01' }))).toEqual({ replacesBundled: true });
  });

  it('shows a forged update: the stranger’s address line by line, the other publisher, both flags', () => {
    const forged = update({ publisher: 'Friends of Baku', recipient: stranger(ZURICH) });
    const review = reviewUpdate(fromApp(bundled), forged);

    expect(review.replacesBundled).toBe(true);
    expect(review.otherPublisher).toBe(true);
    expect(review.changes?.publisher).toEqual({ now: 'ACAT-Switzerland', after: 'Friends of Baku' });
    const recipient = review.changes?.recipient;
    expect(recipient?.changed).toEqual(['address']);
    // Unchanged lines are not marked; the old street, town and country go, the new ones come.
    expect(recipient?.now?.address).toEqual([
      { text: 'Mr. Ilham Aliyev', changed: false },
      { text: 'President of the Republic of Azerbaijan', changed: false },
      { text: 'Presidential Palace', changed: false },
      { text: 'Istiqlaliyyat Street 19', changed: true },
      { text: '1066 Baku', changed: true },
      { text: 'Azerbaijan', changed: true },
    ]);
    expect(recipient?.after?.address.filter((line) => line.changed).map((line) => line.text)).toEqual([
      'Postfach 99',
      '8000 Zürich',
    ]);
    expect(review.changes?.copies).toEqual([]);
    expect(importUpdateSchema.parse({ id: forged.id, title: 't', from: 1, to: 2, ...review })).toBeTruthy();
  });

  it('marks one line when two lines swap, and the name, role and gender when they change', () => {
    const swapped = [BAKU[0]!, BAKU[2]!, BAKU[1]!, ...BAKU.slice(3)];
    const next = update({
      recipient: { ...bundled.recipient, name: 'Ali Asadov', role: 'head-of-government', gender: 'unspecified', address: swapped },
    });
    const recipient = reviewUpdate(own(bundled), next).changes?.recipient;
    expect(recipient?.changed).toEqual(['name', 'role', 'gender', 'address']);
    expect(recipient?.after?.address.filter((line) => line.changed)).toHaveLength(1);
    expect(recipient?.now?.address.filter((line) => line.changed)).toHaveLength(1);
    expect(recipient?.after).toMatchObject({ name: 'Ali Asadov', role: 'head-of-government', gender: 'unspecified' });
  });

  it('does not count spacing or the way an accent is stored as a change', () => {
    const decomposed = { ...bundled.recipient, address: BAKU.map((line) => `${line}  `.normalize('NFD')) };
    expect(reviewUpdate(own(bundled), update({ recipient: decomposed, publisher: 'acat-switzerland' }))).toEqual({});
  });

  it('matches copies by name and lists added, removed and changed ones', () => {
    const embassy = bundled.copies![0]!;
    const consulate: Person = { role: 'official', gender: 'male', name: 'Max Muster', address: ['Max Muster', 'Postfach 1', '3000 Bern'] };
    const now = update({ copies: [embassy, consulate] });
    const movedEmbassy = { ...embassy, address: [...embassy.address.slice(0, 3), 'Postfach 99', '8000 Zürich'] };
    const extra: Person = { role: 'minister', gender: 'female', name: 'Jane Doe', address: ['Jane Doe', 'Baku'] };

    // The embassy moved; the consulate went; Jane Doe is new (paired with it, as one change).
    const changes = reviewUpdate(own(now), update({ revision: 3, copies: [movedEmbassy, extra] })).changes;
    expect(changes?.copies).toHaveLength(2);
    expect(changes?.copies[0]).toMatchObject({ changed: ['address'], now: { name: embassy.name }, after: { name: embassy.name } });
    expect(changes?.copies[1]).toMatchObject({ now: { name: 'Max Muster' }, after: { name: 'Jane Doe' } });

    const removed = reviewUpdate(own(now), update({ revision: 3, copies: [embassy] })).changes?.copies;
    expect(removed).toEqual([expect.objectContaining({ now: expect.objectContaining({ name: 'Max Muster' }) })]);
    expect(removed?.[0]?.after).toBeUndefined();
    expect(removed?.[0]?.now?.address.every((line) => line.changed)).toBe(true);

    const added = reviewUpdate(own(bundled), update({ copies: [embassy, extra] })).changes?.copies;
    expect(added).toEqual([{ after: expect.objectContaining({ name: 'Jane Doe' }), changed: ['name', 'role', 'gender', 'address'] }]);
  });

  it('keeps within the contract’s bounds, whatever the file holds', () => {
    const long = 'x'.repeat(IMPORT_SHOWN_TEXT_MAX * 3);
    const many: Person[] = Array.from({ length: IMPORT_SHOWN_COPIES_MAX + 5 }, (_, i) => ({
      role: 'official',
      gender: 'unspecified',
      name: `Copy ${i}`,
      address: [long, `${i} Street`],
    }));
    const review = reviewUpdate(own(bundled), update({ publisher: `🙂${long}`, recipient: stranger([long]), copies: many }));
    expect(review.changes?.copies).toHaveLength(IMPORT_SHOWN_COPIES_MAX);
    // One copy of the bundled campaign is removed, the rest are new: all of them count.
    expect(review.changes?.moreCopyChanges).toBe(5);
    expect(review.changes?.recipient?.after?.address[0]?.text).toHaveLength(IMPORT_SHOWN_TEXT_MAX);
    expect(importUpdateSchema.safeParse({ id: 'x', title: 't', from: 1, to: 2, ...review }).success).toBe(true);
  });
});

describe('confirming a warned update', () => {
  it('is refused without the member’s deliberate trust, and the bundled campaign stays; with it, the update is saved', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { CampaignLibrary, LibraryError } = await import('../../main/services/campaign-library');
    const { BUNDLED_CAMPAIGNS_DIR } = await import('../../main/paths');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'import-trust-'));
    try {
      const library = new CampaignLibrary({ dataDir, bundledDir: BUNDLED_CAMPAIGNS_DIR });
      const forged = update({ publisher: 'Friends of Baku', recipient: stranger(ZURICH) });
      const preview = library.previewImport(new TextEncoder().encode(JSON.stringify(forged)), 'forged.appeal');
      if (!preview.ok) throw new Error(preview.message);
      expect(() => library.confirmImport(preview.token)).toThrow(LibraryError);
      expect(library.get(bundled.id)?.recipient.address).toEqual(BAKU);
      expect(library.confirmImport(preview.token, true)).toEqual([bundled.id]);
      expect(library.get(bundled.id)?.recipient.address).toEqual(ZURICH);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
