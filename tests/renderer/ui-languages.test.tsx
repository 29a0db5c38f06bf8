import './support/setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app';
import en from '../../shared/i18n/locales/en/ui.json';
import fr from '../../shared/i18n/locales/fr/ui.json';
import de from '../../shared/i18n/locales/de/ui.json';
import it_ from '../../shared/i18n/locales/it/ui.json';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const CATALOGUES = { en, fr, de, it: it_ } as const;
type Lang = keyof typeof CATALOGUES;

const KEY_LIKE = /^[a-z]+(\.[a-zA-Z_-]+)+$/;
const KEY_INSIDE = new RegExp(`(\\bui:|\\b(${Object.keys(en).join('|')})\\.[a-zA-Z])`);

/** Every text a member can see or hear: text nodes, and labels given by attributes. */
function shownTexts(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push((walker.currentNode.textContent ?? '').trim());
  for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
  }
  return texts.filter(Boolean);
}

function expectNoRawKeys(where: string) {
  for (const text of shownTexts()) {
    expect(KEY_LIKE.test(text), `${where}: "${text}" looks like a catalogue key`).toBe(false);
    expect(KEY_INSIDE.test(text), `${where}: "${text}" contains a catalogue key`).toBe(false);
    expect(text.includes('{{'), `${where}: "${text}" has an unfilled placeholder`).toBe(false);
  }
}

function keysOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  );
}

describe('the UI languages', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));

  it('switches the visible texts at once, and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(document.documentElement.lang).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Français');
    expect(screen.getByRole('heading', { level: 1, name: 'Choisir la lettre' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importer un fichier de campagne…' })).toBeTruthy();
    expect(screen.queryByText('Choose the letter')).toBeNull();
    expect(document.documentElement.lang).toBe('fr');
    expect(fakeApi.settings.uiLanguage).toBe('fr');

    // Each language keeps its own name, whatever the UI language.
    const select = screen.getByRole('combobox', { name: 'Langue' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['English', 'Français', 'Deutsch', 'Italiano']);
  });

  it('starts in the language saved last time', async () => {
    fakeApi.settings = { ...fakeApi.settings, uiLanguage: 'de' };
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Brief auswählen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Grösser' })).toBeTruthy();
  });

  it('has the same messages in all four catalogues', () => {
    const english = [...new Set(keysOf(en))].toSorted();
    for (const catalogue of [fr, de, it_]) expect([...new Set(keysOf(catalogue))].toSorted()).toEqual(english);
  });

  it.each(Object.keys(CATALOGUES) as Lang[])('shows no raw key on any screen in %s', async (lang) => {
    const t = CATALOGUES[lang];
    const user = userEvent.setup();
    fakeApi.settings = { ...fakeApi.settings, uiLanguage: lang };
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: t.campaigns.heading });
    // The campaign's title in the UI language when it has one (French here), else in English.
    const card = await screen.findByRole('button', { name: /^Free the journalist/ });
    expectNoRawKeys(`${lang} list`);

    await user.click(card);
    await user.click(await screen.findByRole('button', { name: t.campaign.write }));
    expectNoRawKeys(`${lang} step 2`);
    await user.click(screen.getByRole('button', { name: new RegExp(t.nav.next) }));
    expectNoRawKeys(`${lang} step 3`);
    await user.type(screen.getByRole('textbox', { name: t.details.firstName }), 'Anna');
    expect(await screen.findByText(t.details.saved)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: new RegExp(t.nav.next) }));
    await user.click(screen.getByRole('button', { name: t.print.pdf }));
    // Testing Library folds the no-break space of French typography into a plain one.
    await screen.findByText((text) => text.startsWith(t.print.saved.replace('{{fileName}}', 'appeal-journalist-case.pdf').replace(/\s+/g, ' ')));
    expectNoRawKeys(`${lang} step 4`);

    fakeApi.nextPreview = {
      ok: true,
      token: 't',
      fileName: 'x.appeal',
      added: [{ id: 'a', title: 'A' }],
      updated: [{ id: 'b', title: 'B', from: 1, to: 2 }],
      skipped: [{ id: 'c', title: 'C', reason: 'skippedSameRevision' }],
    };
    await user.click(screen.getByRole('button', { name: t.nav.another }));
    await user.click(await screen.findByRole('button', { name: t.importing.chooseFile }));
    await screen.findByRole('dialog');
    expectNoRawKeys(`${lang} import dialog`);
  });
});
