import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../shared/i18n/locales/en/library.json';
import fr from '../../shared/i18n/locales/fr/library.json';
import de from '../../shared/i18n/locales/de/library.json';
import it_ from '../../shared/i18n/locales/it/library.json';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const letters = () => within(screen.getByRole('list', { name: 'Campaigns' }));

async function openCampaign(user: UserEvent, title: string) {
  await user.click(await screen.findByRole('button', { name: title }));
  await screen.findByRole('heading', { level: 1, name: title });
  // The tidy-up buttons wait for what the list knows about the campaign.
  await screen.findByRole('button', { name: /^(Archive|Put back)$/ });
}

async function backToList(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Back to the list' }));
  await screen.findByRole('heading', { level: 1, name: 'Choose the letter' });
}

describe('the campaign library', () => {
  beforeEach(() => {
    fakeApi.reset([
      campaign({ id: 'lawyer-case', title: 'Free the lawyer', published: '2026-02-01' }),
      campaign({ id: 'seed-case', title: 'The seed letter', published: '2026-01-01' }),
    ]);
    fakeApi.bundled.add('seed-case');
  });

  it('archives a letter out of the list and puts it back', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(screen.queryByRole('checkbox', { name: 'Show archived campaigns' })).toBeNull();

    await openCampaign(user, 'Free the lawyer');
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByText('“Free the lawyer” was moved to the archived campaigns.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Put back' })).toBe(document.activeElement);
    await backToList(user);

    expect(letters().queryByRole('button', { name: 'Free the lawyer' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived campaigns' }));
    const archived = within(screen.getByRole('list', { name: 'Archived campaigns' }));
    expect(archived.getByRole('button', { name: 'Free the lawyer', description: /Archived/ })).toBeTruthy();

    await user.click(archived.getByRole('button', { name: 'Free the lawyer' }));
    await user.click(await screen.findByRole('button', { name: 'Put back' }));
    expect(await screen.findByText('“Free the lawyer” is back in the list of campaigns.')).toBeTruthy();
    await backToList(user);
    expect(letters().getByRole('button', { name: 'Free the lawyer' })).toBeTruthy();
    expect(fakeApi.archived.size).toBe(0);
  });

  it('asks before deleting, then offers Undo, which brings the letter back', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp();
    await openCampaign(user, 'Free the lawyer');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));

    let dialog = await screen.findByRole('dialog', { name: 'Delete this campaign?' });
    expect(dialog.textContent).toContain('“Free the lawyer” will be removed from your list.');
    // The safe answer has focus; everything behind the dialog is out of reach.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(container.hasAttribute('inert')).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(container.hasAttribute('inert')).toBe(false);
    expect(fakeApi.campaigns.map((c) => c.id)).toContain('lawyer-case');

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete this campaign?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await screen.findByRole('heading', { level: 1, name: 'Choose the letter' });
    expect(letters().queryByRole('button', { name: 'Free the lawyer' })).toBeNull();
    const status = screen.getAllByRole('status').find((region) => region.textContent?.includes('Deleted'));
    expect(status?.textContent).toContain('Deleted: “Free the lawyer”.');
    await user.click(within(status as HTMLElement).getByRole('button', { name: /^Undo/ }));

    const card = await letters().findByRole('button', { name: 'Free the lawyer' });
    await waitFor(() => expect(document.activeElement).toBe(card));
    expect(screen.getByText('“Free the lawyer” is back in the list of campaigns.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('offers no Delete for a letter that comes with the app', async () => {
    const user = userEvent.setup();
    await renderApp();
    await openCampaign(user, 'The seed letter');
    expect(screen.getByRole('button', { name: 'Archive' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete…' })).toBeNull();
  });

  it('says in plain words when the library refuses', async () => {
    const user = userEvent.setup();
    await renderApp();
    await openCampaign(user, 'Free the lawyer');
    fakeApi.campaigns = fakeApi.campaigns.filter((c) => c.id !== 'lawyer-case'); // gone meanwhile
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    const message = await screen.findByText('This campaign is no longer in your list.');
    expect(message.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeTruthy(); // nothing changed
  });

  it('saves one letter as a campaign file from its page', async () => {
    const user = userEvent.setup();
    fakeApi.nextExport = { status: 'saved', fileName: 'lawyer-case.appeal' };
    await renderApp();
    await openCampaign(user, 'Free the lawyer');
    await user.click(screen.getByRole('button', { name: 'Save as campaign file…' }));
    expect(await screen.findByText('Saved: lawyer-case.appeal')).toBeTruthy();
    expect(fakeApi.exportedIds).toEqual([['lawyer-case']]);

    fakeApi.nextExport = { status: 'failed', message: 'The file could not be saved because the disk is full.' };
    await user.click(screen.getByRole('button', { name: 'Save as campaign file…' }));
    const alert = await screen.findByText('The file could not be saved because the disk is full.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('saves the letters a coordinator ticks as one file', async () => {
    const user = userEvent.setup();
    fakeApi.archived.add('seed-case');
    await renderApp();
    const opener = screen.getByRole('button', { name: 'Save these campaigns as one file…' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Save campaigns as one file' });

    await user.click(within(dialog).getByRole('button', { name: 'Save…' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Please tick at least one campaign.');
    expect(fakeApi.exportedIds).toEqual([]);

    await user.click(within(dialog).getByRole('checkbox', { name: 'The seed letter (Archived)' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Free the lawyer' }));
    fakeApi.nextExport = { status: 'cancelled' };
    await user.click(within(dialog).getByRole('button', { name: 'Save…' }));
    expect(screen.getByRole('dialog')).toBe(dialog); // cancelling the save dialog keeps the choice

    fakeApi.nextExport = { status: 'saved', fileName: 'april.appeal' };
    await user.click(within(dialog).getByRole('button', { name: 'Save…' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fakeApi.exportedIds.at(-1)).toEqual(['lawyer-case', 'seed-case']);
    expect(screen.getByText('Saved: april.appeal')).toBeTruthy();
    expect(document.activeElement).toBe(opener);
  });

  it('tells calmly at start what happened to a file that could not be read', async () => {
    const user = userEvent.setup();
    fakeApi.startupProblems = [
      'The file with your saved campaigns was damaged. It has been kept as “library.corrupt-1.json” so that nothing is lost.',
      'Your campaigns were restored from the last backup.',
    ];
    await renderApp();
    const notice = await screen.findByRole('region', { name: 'About your saved campaigns' });
    expect(notice.closest('[role="status"]')).toBeTruthy();
    expect(notice.textContent).toContain('kept as “library.corrupt-1.json”');
    expect(notice.textContent).toContain('restored from the last backup');
    await user.click(within(notice).getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByRole('region', { name: 'About your saved campaigns' })).toBeNull();
  });

  it('shows titles in the UI language, a regional variant too', async () => {
    const user = userEvent.setup();
    fakeApi.reset([
      campaign({
        id: 'swiss-case',
        title: 'Write to the judge',
        languages: {
          en: { title: 'Write to the judge', body: 'Please.' },
          'de-CH': { title: 'Brief an die Richterin', body: 'Bitte.' },
        },
      }),
    ]);
    await renderApp();
    expect(screen.getByRole('button', { name: 'Write to the judge' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');
    expect(await screen.findByRole('button', { name: 'Brief an die Richterin' })).toBeTruthy();
  });

  it('has the same messages in all four catalogues, Swiss German spelling', () => {
    const keys = (catalogue: object, prefix = ''): string[] =>
      Object.entries(catalogue).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const english = keys(en).toSorted();
    for (const catalogue of [fr, de, it_]) expect(keys(catalogue).toSorted()).toEqual(english);
    expect(JSON.stringify(de)).not.toContain('ß');
  });
});
