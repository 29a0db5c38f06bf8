import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../shared/campaign/schema';
import { choicesOf, unknownFields } from '../../shared/campaign/template';

const FILE = new URL('../../resources/campaigns/azerbaijan-2020.appeal', import.meta.url);
const raw = readFileSync(FILE, 'utf8');
const campaign = campaignSchema.parse(JSON.parse(raw));
const LANGS = ['en', 'fr', 'de', 'it'] as const;

function text(lang: (typeof LANGS)[number]) {
  const letter = campaign.languages[lang];
  if (!letter) throw new Error(`missing language ${lang}`);
  return letter;
}

const listItems = (body: string) => body.split('\n').filter((line) => line.startsWith('- '));

describe('bundled campaign: Azerbaijan 2020', () => {
  it('is valid against the campaign format, pretty-printed', () => {
    expect(campaign.id).toBe('azerbaijan-2020-nagorno-karabakh');
    expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
  });

  it('goes to President Aliyev with a copy to the embassy in Bern', () => {
    expect(campaign.recipient).toMatchObject({ role: 'head-of-state', gender: 'male', name: 'Ilham Aliyev' });
    expect(campaign.copies).toHaveLength(1);
    expect(campaign.copies?.[0]).toMatchObject({ role: 'ambassador', gender: 'female', name: 'Hanum Ibrahimova' });
    expect(campaign.copies?.[0]?.address.at(-1)).toBe('3006 Bern');
  });

  it('has English, French, German and Italian with every part a member sees', () => {
    expect(Object.keys(campaign.languages).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) {
      const letter = text(lang);
      for (const part of [letter.title, letter.summary, letter.subject, letter.body, letter.footer, letter.postage]) {
        expect(part?.trim(), lang).toBeTruthy();
      }
      // The built-in forms of address apply.
      expect(letter.salutations, lang).toBeUndefined();
    }
  });

  it('has the same list of demands and the same member/supporter choice in every language', () => {
    for (const lang of LANGS) {
      const body = text(lang).body;
      expect(listItems(body), lang).toHaveLength(3);
      const choices = choicesOf(body);
      expect(choices, lang).toHaveLength(1);
      expect(choices[0]?.options, lang).toHaveLength(2);
      expect(unknownFields(body), lang).toEqual([]);
    }
    expect(choicesOf(text('en').body)[0]?.options).toEqual(['member', 'supporter']);
  });

  it('keeps the facts and figures in every language', () => {
    for (const lang of LANGS) {
      const body = text(lang).body;
      for (const fact of ['90’000', '123', '2020', 'Bayraktar TB2', 'Smerch', 'CAT']) expect(body, lang).toContain(fact);
    }
  });

  it('names the organisation in each language', () => {
    expect(text('en').footer).toContain('ACAT-Switzerland');
    expect(text('fr').footer).toContain('ACAT-Suisse');
    expect(text('de').footer).toContain('ACAT-Schweiz');
    expect(text('it').footer).toContain('ACAT-Svizzera');
  });

  it('carries no word-processor artefacts and no German "ß"', () => {
    expect(raw).not.toContain('[bookmark');
    expect(raw).not.toContain('·');
    expect(JSON.stringify(campaign.languages.de)).not.toContain('ß');
  });

  it('starts the German body with a capital, so the Swiss salutation takes no comma', () => {
    expect(text('de').body).toMatch(/^\p{Lu}/u);
  });
});
