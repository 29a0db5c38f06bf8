import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../shared/campaign/schema';
import { FILL_IN_RULE, composeFoyerLetters, type FoyerOptions } from '../../shared/letter/foyer';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { documentText } from '../../shared/letter/model';

const FILE = new URL('../../resources/campaigns/azerbaijan-2020.appeal', import.meta.url);
const campaign = campaignSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
const base: FoyerOptions = {
  campaignId: campaign.id,
  lang: 'de',
  salutationIndex: 0,
  choices: 'both',
  layout: DEFAULT_LAYOUT,
  date: '2026-12-03',
  place: '',
  withCopies: false,
};

describe('foyer sheets: complete letters but for the sender', () => {
  it('leaves ruled lines for name, address and signature, in the letter\'s language', () => {
    const [de] = composeFoyerLetters(campaign, base);
    const [fr] = composeFoyerLetters(campaign, { ...base, lang: 'fr' });
    const sender = (doc: typeof de) => doc?.blocks.find((b) => b.kind === 'sender');
    expect(sender(de)).toMatchObject({ lines: [`Name ${FILL_IN_RULE}`, `Adresse ${FILL_IN_RULE}`, FILL_IN_RULE, 'Schweiz'] });
    expect(sender(fr)).toMatchObject({ lines: [`Nom ${FILL_IN_RULE}`, `Adresse ${FILL_IN_RULE}`, FILL_IN_RULE, 'Suisse'] });
    expect(documentText(de!)).toContain(`Unterschrift ${FILL_IN_RULE}`);
    expect(documentText(fr!)).toContain(`Signature ${FILL_IN_RULE}`);
  });

  it('has no return line in the window and a blank place in the date line unless a place is given', () => {
    const [blank] = composeFoyerLetters(campaign, base);
    const [placed] = composeFoyerLetters(campaign, { ...base, place: 'Lausanne' });
    expect(blank?.blocks.find((b) => b.kind === 'recipient')).toMatchObject({ returnAddress: '' });
    expect(blank?.blocks.find((b) => b.kind === 'place-date')).toMatchObject({ text: expect.stringMatching(/^_{8,}, 3\. Dezember 2026$/) });
    expect(placed?.blocks.find((b) => b.kind === 'place-date')).toMatchObject({ text: 'Lausanne, 3. Dezember 2026' });
  });

  it('prints the text\'s choices for the writer to strike through, or the one picked', () => {
    const both = documentText(composeFoyerLetters(campaign, base)[0]!).join('\n');
    const picked = documentText(composeFoyerLetters(campaign, { ...base, choices: [1] })[0]!).join('\n');
    expect(both).toContain('Als Mitglied / Sympathisant der ACAT-Schweiz');
    expect(picked).toContain('Als Sympathisant der ACAT-Schweiz');
  });

  it('comes with the embassy copy when asked, ruled the same way', () => {
    const letters = composeFoyerLetters(campaign, { ...base, withCopies: true });
    expect(letters).toHaveLength(2);
    expect(documentText(letters[1]!).join('\n')).toMatch(/Kopie meines Briefes an/);
    expect(documentText(letters[1]!)).toContain(`Name ${FILL_IN_RULE}`);
  });
});
