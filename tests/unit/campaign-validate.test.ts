import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fillCatalogueEntry,
  formatProblemEnglish,
  formatProblemWith,
  languageNamesIn,
} from '../../shared/campaign/format-problem';
import type { Problem } from '../../shared/campaign/problem';
import { campaignSchema, MAX_LETTER_TEXT_CHARS } from '../../shared/campaign/schema';
import { readCampaignFile } from '../../shared/campaign/validate';
import de from '../../shared/i18n/locales/de/import.json';
import en from '../../shared/i18n/locales/en/import.json';
import fr from '../../shared/i18n/locales/fr/import.json';
import it_ from '../../shared/i18n/locales/it/import.json';

const fixtures = path.join(import.meta.dirname, '../fixtures/campaigns');
const validDir = path.join(fixtures, 'valid');
const invalidDir = path.join(fixtures, 'invalid');
const validIds = JSON.parse(readFileSync(path.join(validDir, 'expected.json'), 'utf8')) as Record<string, string[]>;
const invalidMessages = JSON.parse(readFileSync(path.join(invalidDir, 'expected.json'), 'utf8')) as Record<string, string>;

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const minimal = JSON.parse(readFileSync(path.join(validDir, 'minimal.appeal'), 'utf8')) as Record<string, unknown>;

function messageFor(bytes: Uint8Array, fileName: string): string {
  const result = readCampaignFile(bytes, fileName);
  if (result.ok) throw new Error(`${fileName} was accepted`);
  return formatProblemEnglish(result.problem);
}

describe('readCampaignFile: the golden corpus', () => {
  it('has a manifest entry for every file, both ways', () => {
    const listed = (dir: string) => readdirSync(dir).filter((name) => name !== 'expected.json').sort();
    expect(listed(validDir)).toEqual(Object.keys(validIds).sort());
    expect(listed(invalidDir)).toEqual(Object.keys(invalidMessages).sort());
    expect(Object.keys(invalidMessages).length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(validIds))('reads %s with its campaigns exactly as written', (fileName, ids) => {
    const bytes = readFileSync(path.join(validDir, fileName));
    const result = readCampaignFile(bytes, fileName);
    expect(result.ok && result.campaigns.map((campaign) => campaign.id)).toEqual(ids);
    if (!result.ok) return;
    expect(result.kind).toBe(ids.length > 1 ? 'bundle' : 'campaign');
    const asWritten = JSON.parse(new TextDecoder().decode(bytes)) as { campaigns?: unknown[] };
    expect(result.campaigns).toEqual(asWritten.campaigns ?? [asWritten]);
  });

  it.each(Object.entries(invalidMessages))('refuses %s with its message', (fileName, message) => {
    expect(messageFor(readFileSync(path.join(invalidDir, fileName)), fileName)).toBe(message);
  });
});

describe('readCampaignFile: edges', () => {
  it('accepts a file of exactly 5 MB and refuses one byte more', () => {
    const limit = 5 * 1024 * 1024;
    const json = JSON.stringify(minimal);
    const padded = (size: number) => new TextEncoder().encode(json + ' '.repeat(size - json.length));
    expect(readCampaignFile(padded(limit), 'big.appeal').ok).toBe(true);
    expect(messageFor(padded(limit + 1), 'big.appeal')).toBe(
      'This file is too large to be a campaign file (more than 5 MB). Please check that you chose the right file.',
    );
  });

  it('accepts the extension in any case and refuses files without one', () => {
    expect(readCampaignFile(encode(minimal), 'Appeal.JSON').ok).toBe(true);
    expect(readCampaignFile(encode(minimal), 'MAY.APPEAL').ok).toBe(true);
    expect(readCampaignFile(encode(minimal), 'appeal').ok).toBe(false);
  });

  it('keeps the text as the author wrote it (no trimming)', () => {
    const padded = { ...minimal, publisher: '  ACAT  ' };
    const result = readCampaignFile(encode(padded), 'padded.appeal');
    expect(result.ok && result.campaigns[0]?.publisher).toBe('  ACAT  ');
  });

  it('names a campaign without an id in a bundle by its position only', () => {
    const withoutId = { ...minimal };
    delete withoutId.id;
    const bundle = { format: 'appeal-letters/bundle', formatVersion: 1, campaigns: [minimal, withoutId] };
    expect(messageFor(encode(bundle), 'b.appeal')).toBe(
      'Campaign 2 of 2 in this file has a problem, so nothing from this file was imported. ' +
        'This campaign has no identifier (“id”). Please ask the sender for a corrected file.',
    );
  });

  it('refuses a bundle whose campaign was made for a newer version', () => {
    const bundle = { format: 'appeal-letters/bundle', formatVersion: 1, campaigns: [{ ...minimal, formatVersion: 2 }] };
    expect(messageFor(encode(bundle), 'b.appeal')).toBe(
      'Campaign 1 of 1 in this file (“minimal-campaign”) has a problem, so nothing from this file was imported. ' +
        'This file was made for a newer version of Appeal Letters. Please ask for an update of the app, or ask the sender for a file for this version.',
    );
  });

  it('refuses a "__proto__" language without touching any prototype', () => {
    const text = JSON.stringify(minimal).replace('"languages":{', '"languages":{"__proto__":{"title":"x","body":"y"},');
    const result = readCampaignFile(new TextEncoder().encode(text), 'proto.appeal');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('quotes a hostile language key short and without control or direction characters', () => {
    const key = `\u202e{{cause}}\n${'x'.repeat(200)}`;
    const languages = { [key]: { title: 5, body: 'y' } };
    const message = messageFor(encode({ ...minimal, languages }), 'hostile.appeal');
    expect(message).not.toMatch(/[\u202e\n]/);
    // The key is shown as the file wrote it (one pass: "{{cause}}" is not filled in), cut at 60 characters.
    expect(message).toContain(`“\ufffd{{cause}}\ufffd${'x'.repeat(49)}…”`);
  });

  it('refuses a letter text over 64 KB, saying in words that the letter is far too long', () => {
    const english = (minimal.languages as Record<string, Record<string, unknown>>).en ?? {};
    const withText = (part: Record<string, unknown>) => encode({ ...minimal, languages: { fr: { ...english, ...part } } });
    const tooLong = 'Bitte lassen Sie ihn frei. '.repeat(2600);
    expect(tooLong.length).toBeGreaterThan(MAX_LETTER_TEXT_CHARS);
    const sentence = 'The letter in French is far too long: one of its texts is longer than 20 pages, and a letter has one to three. Please ask the sender for a corrected file.';
    expect(messageFor(withText({ body: tooLong }), 'long-body.appeal')).toBe(sentence);
    expect(messageFor(withText({ summary: tooLong }), 'long-summary.appeal')).toBe(sentence);
    expect(messageFor(withText({ salutations: [{ salutation: tooLong, closing: 'Yours,' }] }), 'long-salutation.appeal')).toBe(sentence);
    // Exactly at the limit is still a letter (a real one is 2–10 KB).
    expect(readCampaignFile(withText({ body: 'x'.repeat(MAX_LETTER_TEXT_CHARS) }), 'at-limit.appeal').ok).toBe(true);
  });

  it('only accepts what campaignSchema accepts', () => {
    const result = readCampaignFile(readFileSync(path.join(validDir, 'unknown-fields.appeal')), 'u.appeal');
    expect(result.ok && result.campaigns.every((campaign) => campaignSchema.safeParse(campaign).success)).toBe(true);
  });
});

describe('message catalogues', () => {
  const catalogues = { fr, de, it: it_ } as Record<string, Record<string, string>>;
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it.each(Object.keys(catalogues))('%s has every English message, with the same placeholders', (lang) => {
    const catalogue = catalogues[lang] ?? {};
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      expect({ key, placeholders: placeholders(catalogue[key] ?? '') }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it('names the language of a letter in the reader’s language', () => {
    const noText: Problem = { key: 'letterBodyMissing', params: { language: 'fr' } };
    const inLanguage = (lang: string, catalogue: Record<string, string>) =>
      formatProblemWith(noText, (key, params) => fillCatalogueEntry(catalogue, key, params), languageNamesIn(lang));
    expect(formatProblemEnglish(noText)).toBe('The letter in French has no text. Please ask the sender for a corrected file.');
    expect(inLanguage('fr', fr)).toBe('La lettre en français n’a pas de texte. Veuillez demander à l’expéditeur un fichier corrigé.');
    expect(inLanguage('de', de)).toBe('Der Brief auf Französisch hat keinen Text. Bitten Sie den Absender um eine korrigierte Datei.');
    expect(inLanguage('it', it_)).toBe('La lettera in francese non ha un testo. Chieda al mittente un file corretto.');
  });

  it('does not interpolate text that came from the file', () => {
    const sneaky: Problem = { key: 'idInvalid', params: { value: '{{cause}} {{toString}}' } };
    expect(formatProblemEnglish(sneaky)).toContain('“{{cause}} {{toString}}”');
  });
});
