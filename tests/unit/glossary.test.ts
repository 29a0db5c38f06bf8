import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARIES } from '../../shared/i18n/glossary';

const LOCALES = new URL('../../shared/i18n/locales/', import.meta.url);
const LANGS = Object.keys(GLOSSARIES) as (keyof typeof GLOSSARIES)[];

interface Message {
  where: string;
  text: string;
}

function messagesOf(value: unknown, where: string): Message[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => messagesOf(inner, where.endsWith(':') ? `${where} ${key}` : `${where}.${key}`));
}

/** Every message of every namespace of one language, named "fr/library.json remove.title". */
function catalogueOf(lang: string): Message[] {
  const dir = new URL(`${lang}/`, LOCALES);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => messagesOf(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), `${lang}/${file}:`));
}

describe('one term per concept in every screen', () => {
  it('every language names the same concepts', () => {
    const concepts = (lang: keyof typeof GLOSSARIES) => GLOSSARIES[lang].map((entry) => entry.concept);
    for (const lang of LANGS) expect(concepts(lang), lang).toEqual(concepts('en'));
  });

  for (const lang of LANGS) {
    it(`${lang}: no message uses a wording the glossary replaced`, () => {
      const found = catalogueOf(lang).flatMap(({ where, text }) =>
        GLOSSARIES[lang].flatMap(({ term, avoid }) =>
          avoid.filter((pattern) => pattern.test(text)).map((pattern) => `${where}: “${text}” matches ${pattern} — the term is “${term}”`),
        ),
      );
      expect(found).toEqual([]);
    });

    it(`${lang}: every term is in use, so the glossary describes the screens`, () => {
      const texts = catalogueOf(lang).map((message) => message.text.toLowerCase());
      const unused = GLOSSARIES[lang].filter(({ term }) => !texts.some((text) => text.includes(term.toLowerCase())));
      expect(unused.map((entry) => entry.term)).toEqual([]);
    });
  }
});
