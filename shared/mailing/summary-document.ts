/**
 * The mailing summary as a printable page, in the coordinator's language. It is a letter
 * document without window or sender, so it is printed, saved as PDF and written to Word by the
 * same engines as the letters it sums up.
 */
import { DEFAULT_LAYOUT } from '../letter/layouts';
import { letterPhrases } from '../letter/languages';
import type { LetterBlock, LetterDocument } from '../letter/model';
import type { MailingSummary } from './mailing-summary';
import { formatChf } from './postage';

export type SummaryWords = (key: 'title' | 'destinations' | 'destination' | 'stamps' | 'stamp' | 'total' | 'deadline', params?: Record<string, string>) => string;

export function summaryDocument(
  summary: MailingSummary & { postalNote?: string },
  opts: { campaignTitle: string; lang: string; words: SummaryWords; formatDate: (iso: string) => string },
): LetterDocument {
  const { words } = opts;
  const blocks: LetterBlock[] = [
    { kind: 'subject', text: words('title', { campaign: opts.campaignTitle }) },
    { kind: 'paragraph', runs: [{ text: words('destinations'), bold: true }] },
    {
      kind: 'list',
      items: summary.destinations.map((d) => [
        { text: words('destination', { name: d.name, town: d.town, count: String(d.letters), price: formatChf(d.stampChf) }) },
      ]),
    },
    { kind: 'paragraph', runs: [{ text: words('stamps'), bold: true }] },
    { kind: 'list', items: summary.stamps.map((s) => [{ text: words('stamp', { count: String(s.count), price: formatChf(s.chf) }) }]) },
    { kind: 'paragraph', runs: [{ text: words('total', { total: formatChf(summary.totalChf), count: String(summary.letters) }), bold: true }] },
  ];
  if (summary.deadline) blocks.push({ kind: 'paragraph', runs: [{ text: words('deadline', { date: opts.formatDate(summary.deadline) }) }] });
  if (summary.postalNote?.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: summary.postalNote.trim(), italic: true }] });
  // No window, no fold marks: this page stays with the coordinator.
  return { lang: opts.lang, layout: { ...DEFAULT_LAYOUT, preset: 'none', foldMarks: false }, blocks, pageLabel: letterPhrases(opts.lang).pageLabel };
}
