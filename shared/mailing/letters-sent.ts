/**
 * The record of letters sent: per campaign, how many letters were printed or saved, in which
 * languages, and for a batch by which group. It never holds a name or an address, so it can be
 * kept for years and sent to the organisation as counts.
 */
import { z } from 'zod';

export const SENT_KINDS = ['own', 'group', 'foyer'] as const;

export const sentRecordSchema = z.object({
  /** ISO time the letters were printed or saved. */
  when: z.string().max(40),
  campaignId: z.string().max(100),
  campaignTitle: z.string().max(300),
  /** The member's own letter, a group's batch, or foyer sheets to fill by hand. */
  kind: z.enum(SENT_KINDS),
  /** The group's name for a batch (a group, not a person). */
  groupName: z.string().max(120).optional(),
  /** Letters per language, without the copies. */
  letters: z.record(z.string().max(20), z.number().int().min(0)),
  /** Copies to the embassy (or other copy addressees) printed with them. */
  copies: z.number().int().min(0),
});
export type SentRecord = z.infer<typeof sentRecordSchema>;

/** Letters, copies and languages: for a campaign, and for each group within it. */
export interface LetterCount {
  letters: number;
  copies: number;
  byLanguage: Record<string, number>;
}

export interface CampaignCount extends LetterCount {
  campaignId: string;
  campaignTitle: string;
  /** Per group, for batches; "" holds the member's own letters and foyer sheets. */
  byGroup: Record<string, LetterCount>;
}

export interface YearCount {
  year: number;
  letters: number;
  campaigns: CampaignCount[];
}

export function lettersIn(record: SentRecord): number {
  return Object.values(record.letters).reduce((sum, n) => sum + n, 0);
}

function addTo(count: LetterCount, record: SentRecord): void {
  count.letters += lettersIn(record);
  count.copies += record.copies;
  for (const [lang, n] of Object.entries(record.letters)) count.byLanguage[lang] = (count.byLanguage[lang] ?? 0) + n;
}

const empty = (): LetterCount => ({ letters: 0, copies: 0, byLanguage: {} });

/** A year's letters per campaign, in the order the campaigns were first written for. */
export function countYear(records: readonly SentRecord[], year: number): YearCount {
  const campaigns = new Map<string, CampaignCount>();
  for (const record of [...records].sort((a, b) => a.when.localeCompare(b.when))) {
    if (!record.when.startsWith(`${year}-`)) continue;
    const count = campaigns.get(record.campaignId) ?? { campaignId: record.campaignId, campaignTitle: record.campaignTitle, ...empty(), byGroup: {} };
    addTo(count, record);
    const group = record.kind === 'group' ? (record.groupName ?? '') : '';
    addTo((count.byGroup[group] ??= empty()), record);
    campaigns.set(record.campaignId, count);
  }
  const list = [...campaigns.values()];
  return { year, letters: list.reduce((sum, c) => sum + c.letters, 0), campaigns: list };
}
