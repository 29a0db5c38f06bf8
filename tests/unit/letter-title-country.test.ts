import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignSchema, type Campaign } from '../../shared/campaign/schema';
import { composeLetter } from '../../shared/letter/compose';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { documentText, type LetterDocument } from '../../shared/letter/model';
import { fitReturnLine } from '../../shared/letter/return-line';
import { composeMemberLetters, type BatchSettings } from '../../shared/members/batch-letters';
import { membersFromRows, numberRows } from '../../shared/members/member-rows';
import { BUNDLED_CAMPAIGNS_DIR } from '../../main/paths';

const campaign: Campaign = campaignSchema.parse(JSON.parse(readFileSync(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'), 'utf8')));

const settings: BatchSettings = {
  campaignId: campaign.id,
  langMode: 'one',
  lang: 'fr',
  salutationIndex: 0,
  layout: DEFAULT_LAYOUT,
  withCopies: true,
  date: '2026-11-28',
};

/** A German coordinator's list: titles as German lists write them, and one the tables do not know. */
const germanList = membersFromRows(
  numberRows([
    ['Anrede', 'Vorname', 'Name', 'Strasse', 'PLZ', 'Ort'],
    ['Frau', 'Anna', 'Muster', 'Seeweg 5', '3000', 'Bern'],
    ['Herr', 'Beat', 'Keller', 'Bahnhofstrasse 1', '8001', 'Zürich'],
    ['Dr.', 'Chris', 'Graf', 'Marktgasse 2', '3011', 'Bern'],
    ['', 'Dora', 'Frei', 'Dorfstrasse 3', '4500', 'Solothurn'],
  ]),
).members.map((m) => m.member);

const block = (doc: LetterDocument | undefined, kind: 'sender' | 'recipient' | 'printed-name') => doc?.blocks.find((b) => b.kind === kind);

describe('the member’s title, in the letter’s language', () => {
  const letters = germanList.map((member) => composeMemberLetters(campaign, member, settings));

  it('prints a German list’s Frau and Herr as Mme and M. in French letters, and nowhere in German', () => {
    const senders = letters.map(([letter]) => (block(letter, 'sender') as { lines: string[] }).lines[0]);
    expect(senders).toEqual(['Mme Anna Muster', 'M. Beat Keller', 'Dr. Chris Graf', 'Dora Frei']);
    for (const doc of letters.flat()) {
      expect(documentText(doc).join('\n')).not.toMatch(/\b(Frau|Herr)\b/);
    }
  });

  it('never puts the title under the signature', () => {
    expect(letters.map(([letter]) => block(letter, 'printed-name'))).toEqual(
      ['Anna Muster', 'Beat Keller', 'Chris Graf', 'Dora Frei'].map((text) => ({ kind: 'printed-name', text })),
    );
  });

  it('writes the title on the return line too', () => {
    const [letter] = composeMemberLetters(campaign, germanList[0]!, { ...settings, lang: 'en' });
    const recipient = block(letter, 'recipient') as { returnAddress: string; returnCountry?: string };
    expect(fitReturnLine(recipient.returnAddress, 90, recipient.returnCountry)?.text).toBe('Mrs Anna Muster, Seeweg 5, 3000 Bern, Switzerland');
  });

  it.each([
    ['Mme', 'it', 'Signora'],
    ['Sig.', 'de', 'Herr'],
    ['Monsieur', 'it', 'Signor'],
    ['ms', 'en', 'Ms'],
    ['ms', 'fr', 'Mme'],
    ['female', 'de', 'Frau'],
    ['Frau', 'en', 'Mrs'],
    ['Pfarrer', 'fr', 'Pfarrer'],
  ])('a profile’s title “%s” reads as the title in a %s letter: %s', (title, lang, expected) => {
    const doc = composeLetter({
      campaign,
      options: { campaignId: campaign.id, lang, salutationIndex: 0, choices: [], personalText: '', layout: DEFAULT_LAYOUT, date: '2026-11-28' },
      profile: { ...EMPTY_PROFILE, title, firstName: 'Kim', lastName: 'Roth', city: 'Bern' },
    });
    expect((block(doc, 'sender') as { lines: string[] }).lines[0]).toBe(`${expected} Kim Roth`);
  });
});

describe('international post', () => {
  const options = { campaignId: campaign.id, lang: 'de', salutationIndex: 0, choices: [], personalText: '', layout: DEFAULT_LAYOUT, date: '2026-11-28' };
  const anna = { ...EMPTY_PROFILE, firstName: 'Anna', lastName: 'Muster', street: 'Seeweg 5', postcode: '3000', city: 'Bern' };

  it('abroad: the recipient’s country last and in capitals, Switzerland in the sender block and the return line', () => {
    const doc = composeLetter({ campaign, options, profile: anna });
    expect(block(doc, 'recipient')).toMatchObject({
      lines: ['Mr. Ilham Aliyev', 'President of the Republic of Azerbaijan', 'Presidential Palace', 'Istiqlaliyyat Street 19', '1066 Baku', 'AZERBAIJAN'],
      returnAddress: 'Anna Muster, Seeweg 5, 3000 Bern',
      returnCountry: 'Schweiz',
    });
    expect(block(doc, 'sender')).toEqual({ kind: 'sender', lines: ['Anna Muster', 'Seeweg 5', '3000 Bern', 'Schweiz'] });
  });

  it('the embassy copy stays in Switzerland: no country in the sender block, the address as given', () => {
    const copy = composeLetter({ campaign, options, profile: anna, copyFor: 0 });
    expect(block(copy, 'sender')).toEqual({ kind: 'sender', lines: ['Anna Muster', 'Seeweg 5', '3000 Bern'] });
    expect(block(copy, 'recipient')).toMatchObject({ lines: campaign.copies?.[0]?.address });
    expect(block(copy, 'recipient')).not.toHaveProperty('returnCountry');
  });

  it('a member abroad gets their own country on the embassy copy, as they wrote it', () => {
    const copy = composeLetter({ campaign, options, profile: { ...anna, postcode: '79098', city: 'Freiburg', country: 'Deutschland' }, copyFor: 0 });
    expect((block(copy, 'sender') as { lines: string[] }).lines.at(-1)).toBe('Deutschland');
  });

  it('a profile’s “Suisse” is Switzerland: written in the letter’s language', () => {
    const doc = composeLetter({ campaign, options: { ...options, lang: 'it' }, profile: { ...anna, country: 'Suisse' } });
    expect((block(doc, 'sender') as { lines: string[] }).lines.at(-1)).toBe('Svizzera');
  });

  it('knows the country from the campaign when the address has no country line, and capitalises nothing else', () => {
    const noLine = { ...campaign, recipient: { ...campaign.recipient, address: ['Presidential Palace', 'Baku'] } };
    const doc = composeLetter({ campaign: noLine, options, profile: anna });
    expect(block(doc, 'recipient')).toMatchObject({ lines: ['Presidential Palace', 'Baku'], returnCountry: 'Schweiz' });
  });
});
