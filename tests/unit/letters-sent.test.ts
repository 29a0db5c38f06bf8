import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { countYear, type SentRecord } from '../../shared/mailing/letters-sent';
import { LettersSentLog } from '../../main/services/letters-sent/letters-sent-log';

const dirs: string[] = [];
function freshLog(): { log: LettersSentLog; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'letters-sent-'));
  dirs.push(dir);
  return { log: new LettersSentLog(dir), dir };
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const HEADERS = { campaign: 'Campaign', title: 'Title', group: 'Group', letters: 'Letters', copies: 'Copies', ownLetters: 'Own letters' };
const record = (when: string, extra: Partial<SentRecord>): SentRecord => ({
  when,
  campaignId: 'azerbaijan-2020',
  campaignTitle: 'Azerbaijan: prisoners of war',
  kind: 'group',
  letters: {},
  copies: 0,
  ...extra,
});

describe('letters sent: counts per campaign and year, never names', () => {
  it('adds up three batches of a year by campaign, language and group', () => {
    const { log } = freshLog();
    log.add(record('2026-03-04T10:00:00Z', { groupName: 'Paroisse St-Jean', letters: { fr: 8, de: 2 }, copies: 10 }));
    log.add(record('2026-03-05T10:00:00Z', { groupName: 'Pfarrei Bern', letters: { de: 12 }, copies: 12 }));
    log.add(
      record('2026-11-20T10:00:00Z', { campaignId: 'iran-2026', campaignTitle: 'Iran', groupName: 'Paroisse St-Jean', letters: { fr: 5, it: 1 }, copies: 0 }),
    );
    log.add(record('2025-12-30T10:00:00Z', { groupName: 'Pfarrei Bern', letters: { de: 40 }, copies: 0 }));

    const year = countYear(log.records(), 2026);
    expect(year.letters).toBe(28);
    expect(year.campaigns.map((c) => [c.campaignId, c.letters, c.copies])).toEqual([
      ['azerbaijan-2020', 22, 22],
      ['iran-2026', 6, 0],
    ]);
    expect(year.campaigns[0]?.byLanguage).toEqual({ fr: 8, de: 14 });
    expect(year.campaigns[0]?.byGroup['Pfarrei Bern']).toEqual({ letters: 12, copies: 12, byLanguage: { de: 12 } });
  });

  it('counts a member\'s own letters apart from the groups', () => {
    const { log } = freshLog();
    for (const day of ['01', '02', '03']) log.add(record(`2026-06-${day}T09:00:00Z`, { kind: 'own', letters: { de: 1 }, copies: 1 }));
    const year = countYear(log.records(), 2026);
    expect(year.letters).toBe(3);
    expect(Object.keys(year.campaigns[0]?.byGroup ?? {})).toEqual(['']);
  });

  it('writes the year as CSV for the organisation, one row per campaign and group, formulas defused', () => {
    const { log } = freshLog();
    log.add(record('2026-03-04T10:00:00Z', { groupName: '=HYPERLINK("x")', letters: { fr: 3 }, copies: 3 }));
    log.add(record('2026-04-04T10:00:00Z', { kind: 'own', letters: { de: 1 }, copies: 0 }));
    const rows = Papa.parse<string[]>(log.yearCsv(2026, HEADERS).trim()).data;
    expect(rows[0]).toEqual(['Campaign', 'Title', 'Group', 'Letters', 'Copies', 'de', 'fr']);
    expect(rows).toContainEqual(['azerbaijan-2020', 'Azerbaijan: prisoners of war', "'=HYPERLINK(\"x\")", '3', '3', '0', '3']);
    expect(rows).toContainEqual(['azerbaijan-2020', 'Azerbaijan: prisoners of war', 'Own letters', '1', '0', '1', '0']);
  });

  it('holds no member data on the disk, and is gone after clear()', () => {
    const { log, dir } = freshLog();
    log.add(record('2026-03-04T10:00:00Z', { groupName: 'Pfarrei Bern', letters: { de: 2 }, copies: 2 }));
    log.add(record('2026-03-05T10:00:00Z', { groupName: 'Pfarrei Bern', letters: { de: 1 }, copies: 1 }));
    const text = readFileSync(path.join(dir, 'letters-sent.json'), 'utf8');
    expect(text).not.toMatch(/street|firstName|lastName|postcode/i);
    log.clear();
    expect(log.records()).toEqual([]);
    expect(() => readFileSync(path.join(dir, 'letters-sent.json.bak'))).toThrow();
  });

  it('keeps five years and lets older ones go', () => {
    const { log } = freshLog();
    log.add(record('2019-05-01T10:00:00Z', { letters: { de: 1 } }));
    log.add(record('2021-05-01T10:00:00Z', { letters: { de: 1 } }));
    log.add(record('2025-05-01T10:00:00Z', { letters: { de: 1 } }));
    expect(log.records().map((r) => r.when.slice(0, 4))).toEqual(['2021', '2025']);
  });
});
