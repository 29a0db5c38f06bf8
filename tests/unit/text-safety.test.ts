import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblemEnglish, formatProblemWith, fillCatalogueEntry, languageNamesIn } from '../../shared/campaign/format-problem';
import { readCampaignFile } from '../../shared/campaign/validate';
import { markdownToBlocks } from '../../shared/letter/markdown-blocks';
import { letterMarkdown, MAX_LIST_DEPTH } from '../../shared/letter/markdown-parser';
import type { LetterBlock } from '../../shared/letter/model';
import { senderProfileSchema } from '../../shared/letter/options';
import { memberSchema } from '../../shared/api/operations/batch-ops';
import { hasHiddenControls, withoutHiddenControls } from '../../shared/security/hidden-controls';
import de from '../../shared/i18n/locales/de/import.json';
import fr from '../../shared/i18n/locales/fr/import.json';
import it_ from '../../shared/i18n/locales/it/import.json';

const minimalFile = path.join(import.meta.dirname, '../fixtures/campaigns/valid/minimal.appeal');
const minimal = JSON.parse(readFileSync(minimalFile, 'utf8')) as {
  recipient: { address: string[] };
  languages: { en: { title: string; body: string; summary?: string } };
};
const RLO = '\u202e';

function read(change: (campaign: typeof minimal) => void) {
  const campaign = structuredClone(minimal);
  change(campaign);
  return readCampaignFile(new TextEncoder().encode(JSON.stringify(campaign)), 'test.appeal');
}

function refusal(change: (campaign: typeof minimal) => void): string {
  const result = read(change);
  if (result.ok) throw new Error('the campaign was accepted');
  return formatProblemEnglish(result.problem);
}

/** `depth` lists, each inside the item of the one before, then a paragraph after them. */
function nestedList(depth: number): string {
  const lines = Array.from({ length: depth }, (_, level) => `${'   '.repeat(level)}- item ${level + 1}`);
  return `${lines.join('\n')}\n\nAfter the list.`;
}

const words = (blocks: LetterBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'list' ? block.items.flat() : block.kind === 'paragraph' ? block.runs : [])).map((run) => run.text).join(' ');

describe('hidden controls', () => {
  it('finds direction overrides, isolates and marks anywhere, and zero-width characters only at odd places', () => {
    for (const text of ['gnp\u202e.exe', 'a\u2066b', 'Bern\u200f', '\u061cx', 'a\u2060b', 'a\ufeffb', 'invoice\u200b.pdf', '\u200dAnna']) {
      expect(hasHiddenControls(text), JSON.stringify(text)).toBe(true);
    }
    // Persian's zero-width non-joiner, an emoji family, a soft hyphen: real writing.
    for (const text of ['می\u200cخواهم', '👩\u200d👩\u200d👧', 'Staats\u00adanwalt', 'Anna Muster']) {
      expect(hasHiddenControls(text), JSON.stringify(text)).toBe(false);
    }
    expect(withoutHiddenControls(`Anna ${RLO}gnp.exe\u202c \u200b.`)).toBe('Anna gnp.exe .');
  });

  it('refuses a campaign with a right-to-left override in its title, naming the title', () => {
    expect(refusal((c) => (c.languages.en.title = `Free the ${RLO}gnp.exe prisoner`))).toBe(
      'This campaign contains hidden characters that can make text look different from what it says (such as marks that reverse the direction of writing), so it was not imported. ' +
        'The title of the letter in English is not written correctly. Please ask the sender for a corrected file.',
    );
  });

  it('refuses hidden controls in an address line too, and says so in every language', () => {
    const result = read((c) => (c.recipient.address[1] = `Capital City\u2066`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblemEnglish(result.problem)).toContain('The postal address of the recipient of the letter is not written correctly.');
    for (const [lang, catalogue] of [['de', de], ['fr', fr], ['it', it_]] as const) {
      const sentence = formatProblemWith(result.problem, (key, params) => fillCatalogueEntry(catalogue, key, params), languageNamesIn(lang));
      expect(sentence, lang).not.toMatch(/\{\{|hiddenCharacters|recipientAddressInvalid/);
      expect(sentence, lang).toContain(fillCatalogueEntry(catalogue, 'recipientAddressInvalid', {}));
    }
  });

  it('strips them from the details a member types', () => {
    const profile = senderProfileSchema.parse({ firstName: `Anna${RLO}`, lastName: '\u2067Muster\u2069', city: 'Bern\u200e' });
    expect([profile.firstName, profile.lastName, profile.city]).toEqual(['Anna', 'Muster', 'Bern']);
  });

  it('strips them from a group member the coordinator edits and saves', () => {
    const member = memberSchema.parse({ firstName: `${RLO}gnp.exe`, street: 'Seeweg 5\u2066', city: 'Bern' });
    expect([member.firstName, member.street, member.city]).toEqual(['gnp.exe', 'Seeweg 5', 'Bern']);
  });
});

describe('Markdown nested past the reader', () => {
  it(`refuses lists inside lists deeper than ${MAX_LIST_DEPTH} levels at import`, () => {
    expect(refusal((c) => (c.languages.en.body = nestedList(MAX_LIST_DEPTH + 1)))).toBe(
      `The text of the letter in English is nested too deeply (lists inside lists more than ${MAX_LIST_DEPTH} levels), so part of it could not be shown or printed. Please ask the sender for a corrected file.`,
    );
    expect(read((c) => (c.languages.en.summary = '>'.repeat(40) + ' quoted')).ok).toBe(false);
  });

  it('the limit is where the reader itself starts dropping text', () => {
    const kept = (source: string) => letterMarkdown.parse(source, {}).some((token) => token.content === 'After the list.');
    expect(kept(nestedList(MAX_LIST_DEPTH))).toBe(true);
    expect(kept(nestedList(MAX_LIST_DEPTH + 1))).toBe(false);
    expect(read((c) => (c.languages.en.body = nestedList(MAX_LIST_DEPTH))).ok).toBe(true);
  });

  it('imports a normal 3-level list and prints every item', () => {
    expect(read((c) => (c.languages.en.body = nestedList(3))).ok).toBe(true);
    expect(words(markdownToBlocks(nestedList(3), (text) => text))).toBe('item 1 item 2 item 3 After the list.');
  });

  it('prints text nested too deeply as written rather than dropping it', () => {
    const printed = words(markdownToBlocks(nestedList(30), (text) => text));
    for (let level = 1; level <= 30; level++) expect(printed).toContain(`item ${level}`);
    expect(printed).toContain('After the list.');
  });
});
