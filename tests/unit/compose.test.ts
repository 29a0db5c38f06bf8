import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../shared/campaign/schema';
import { composeLetter, composeWithCopies, offeredPairs } from '../../shared/letter/compose';
import { documentText } from '../../shared/letter/model';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import type { LetterOptions } from '../../shared/letter/options';
import { escapeHtml, flowBlocksHtml, furnitureHtml } from '../../shared/letter/render-html';

const campaign: Campaign = {
  format: 'appeal-letters/campaign',
  formatVersion: 1,
  id: 'test-campaign',
  publisher: 'ACAT-Switzerland',
  published: '2026-11-01',
  recipient: {
    role: 'head-of-state',
    gender: 'male',
    name: 'Ilham Aliyev',
    address: ['Mr. Ilham Aliyev', 'President of the Republic of Azerbaijan', 'Presidential Palace', '1066 Baku', 'Azerbaijan'],
  },
  copies: [
    {
      role: 'ambassador',
      gender: 'female',
      name: 'Hanum Ibrahimova',
      address: ['Mrs Hanum Ibrahimova', 'Ambassador', 'Kramburgstrasse 10', '3006 Bern'],
    },
  ],
  languages: {
    en: {
      title: 'Azerbaijan',
      subject: 'Protect the population',
      body: 'As a {{member|supporter}} of ACAT, I write from {{sender.city}}.\n\nI urge you to:\n\n- act **now**;\n- *investigate*.\n\n<script>alert(1)</script> stays text.',
      footer: 'ACAT is neutral.',
    },
    de: { title: 'Aserbaidschan', body: 'ich schreibe Ihnen heute.' },
  },
};

const options: LetterOptions = {
  campaignId: 'test-campaign',
  lang: 'en',
  salutationIndex: 0,
  choices: [1],
  personalText: '',
  layout: DEFAULT_LAYOUT,
  date: '2026-11-28',
};
const profile = { ...EMPTY_PROFILE, firstName: 'Zoë', lastName: 'Müller-*Lüdenscheidt*', street: 'Rue du Lac 1', postcode: '1003', city: 'Lausanne' };

describe('composeLetter', () => {
  it('lays the letter out in reading order with the chosen words and fields filled in', () => {
    const doc = composeLetter({ campaign, options, profile });
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'sender', 'recipient', 'place-date', 'subject', 'salutation', 'paragraph', 'paragraph', 'list',
      'paragraph', 'closing', 'signature-space', 'printed-name', 'copy-line', 'footer',
    ]);
    const text = documentText(doc);
    expect(text).toContain('As a supporter of ACAT, I write from Lausanne.');
    expect(text).toContain('Lausanne, 28 November 2026');
    expect(text).toContain('Dear Mr. President,');
    expect(text).toContain('Yours respectfully,');
  });

  it('keeps a name with Markdown characters literally and never treats campaign HTML as markup', () => {
    const doc = composeLetter({ campaign, options, profile });
    expect(doc.blocks[0]).toEqual({ kind: 'sender', lines: ['Zoë Müller-*Lüdenscheidt*', 'Rue du Lac 1', '1003 Lausanne', 'Switzerland'] });
    const html = flowBlocksHtml(doc).join('');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; stays text.');
    expect(html).not.toContain('<script');
    expect(html).toContain('<strong>now</strong>');
    // The long name leaves no room for the street beside the country (return-line.ts).
    expect(furnitureHtml(doc)).toContain('Zoë Müller-*Lüdenscheidt*, 1003 Lausanne, Switzerland');
  });

  it('puts a second address line under the street, in the sender block and the return address', () => {
    // A letter within Switzerland: no country line takes room from the return line.
    const domestic = { ...campaign, recipient: { ...campaign.recipient, address: ['Eidgenössisches Departement für auswärtige Angelegenheiten', '3003 Bern'] } };
    const doc = composeLetter({ campaign: domestic, options, profile: { ...profile, addressLine2: 'Case postale 12' } });
    expect(doc.blocks[0]).toEqual({ kind: 'sender', lines: ['Zoë Müller-*Lüdenscheidt*', 'Rue du Lac 1', 'Case postale 12', '1003 Lausanne'] });
    expect(doc.blocks[1]).toMatchObject({ returnAddress: 'Zoë Müller-*Lüdenscheidt*, Rue du Lac 1, Case postale 12, 1003 Lausanne' });
    // The ch-right window (90 mm) has no room for it at 7 pt: the return line leaves the second line out (return-line.ts).
    expect(furnitureHtml(doc)).toContain('Zoë Müller-*Lüdenscheidt*, Rue du Lac 1, 1003 Lausanne');
    // Initials only: no street, so no second line either.
    const private_ = composeLetter({ campaign, options, profile: { ...profile, addressLine2: 'Case postale 12', initialsOnly: true } });
    expect(documentText(private_).join('\n')).not.toContain('Case postale');
  });

  it('prints only initials and town when the member asks for privacy', () => {
    const doc = composeLetter({ campaign, options, profile: { ...profile, initialsOnly: true } });
    const text = documentText(doc).join('\n');
    expect(doc.blocks[0]).toEqual({ kind: 'sender', lines: ['Z. M. L.', 'Lausanne', 'Switzerland'] });
    expect(text).not.toContain('Rue du Lac');
    expect(text).not.toContain('Zoë');
  });

  it('adds the German comma when the body continues in lower case', () => {
    const doc = composeLetter({ campaign, options: { ...options, lang: 'de' }, profile });
    const salutation = doc.blocks.find((b) => b.kind === 'salutation');
    expect(salutation).toMatchObject({ text: expect.stringMatching(/,$/) });
  });

  it('makes the embassy copy addressed to the copy recipient, saying whose letter it copies', () => {
    const [letter, copy] = composeWithCopies({ campaign, options, profile }, true);
    expect(letter?.blocks[1]).toMatchObject({ lines: [...campaign.recipient.address.slice(0, -1), 'AZERBAIJAN'] });
    expect(copy?.blocks[1]).toMatchObject({ lines: campaign.copies?.[0]?.address });
    expect(documentText(copy!).join('\n')).toMatch(/Copy of my letter to Mr\. Ilham Aliyev, President of the Republic of Azerbaijan/);
  });

  it('offers the campaign’s own salutations instead of the tables when it has them', () => {
    const own = { ...campaign, languages: { en: { ...campaign.languages.en!, salutations: [{ salutation: 'Dear Sir,', closing: 'Yours,' }] } } };
    expect(offeredPairs(own, 'en')).toEqual([{ salutation: 'Dear Sir,', closing: 'Yours,' }]);
  });

  it('escapes every markup character', () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
  });
});
