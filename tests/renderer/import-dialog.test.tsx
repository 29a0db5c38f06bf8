import './support/setup';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../shared/api/contract';
import de from '../../shared/i18n/locales/de/ui.json';
import fr from '../../shared/i18n/locales/fr/ui.json';
import it_ from '../../shared/i18n/locales/it/ui.json';
import { App } from '../../renderer/src/app';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const PREVIEW = {
  ok: true as const,
  token: 'token-1',
  fileName: 'march-2026.appeal',
  added: [
    { id: 'case-a', title: 'Free the lawyer' },
    { id: 'case-b', title: 'Stop the execution' },
  ],
  updated: [{ id: 'old-case', title: 'Free the journalist', from: 1, to: 2 }],
  skipped: [{ id: 'other-case', title: 'Protect the activist', reason: 'You already have a newer version of this campaign.' }],
};

describe('importing a campaign file', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'old-case', title: 'Free the journalist' })]);
    fakeApi.nextPreview = PREVIEW;
  });

  it('previews what the file holds, and Escape cancels without importing', async () => {
    const user = userEvent.setup();
    await renderApp();
    const opener = screen.getByRole('button', { name: 'Import a campaign file…' });
    await user.click(opener);

    const dialog = await screen.findByRole('dialog', { name: 'Import campaigns' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByText('2 new campaigns, 1 update, 1 skipped')).toBeTruthy();
    expect(within(dialog).getByText('Stop the execution')).toBeTruthy();
    expect(within(dialog).getByText('Free the journalist (version 1 becomes version 2)')).toBeTruthy();
    expect(within(dialog).getByText('Protect the activist: You already have a newer version of this campaign.')).toBeTruthy();

    // Focus is inside the dialog and stays there.
    const importButton = within(dialog).getByRole('button', { name: 'Import' });
    expect(document.activeElement).toBe(importButton);
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.tab();
    expect(document.activeElement).toBe(importButton);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeApi.confirmedTokens).toEqual([]);
    expect(document.activeElement).toBe(opener);
  });

  it('imports on confirmation and shows the new campaigns in the list', async () => {
    const user = userEvent.setup();
    fakeApi.pendingImport = [campaign({ id: 'case-a', title: 'Free the lawyer' })];
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Import a campaign file…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('button', { name: 'Free the lawyer' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeApi.confirmedTokens).toEqual(['token-1']);
    expect(screen.getByText('1 campaign imported.')).toBeTruthy();
  });

  it('previews a file opened with the app', async () => {
    await renderApp();
    act(() => fakeApi.openFile({ fileName: 'march-2026.appeal', contents: '{"format":"…"}' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import campaigns' });
    expect(within(dialog).getByText('File: march-2026.appeal')).toBeTruthy();
    expect(fakeApi.previewedFiles).toEqual([{ fileName: 'march-2026.appeal', contents: '{"format":"…"}' }]);
  });

  it('explains a file that cannot be imported, for a dropped file too', async () => {
    const user = userEvent.setup();
    fakeApi.nextPreview = { ok: false, fileName: 'photo.jpg', message: 'fileWrongType' };
    await renderApp();
    const file = new File(['not a campaign'], 'photo.jpg');
    fireEvent.drop(window, { dataTransfer: { files: [file], types: ['Files'] } });

    const dialog = await screen.findByRole('dialog', { name: 'This file cannot be imported' });
    // A catalogue key from main is shown in words (the importer's catalogue), never as a key.
    expect(dialog.textContent).not.toContain('fileWrongType');
    expect(dialog.textContent).toContain('photo.jpg');
    expect(fakeApi.previewedFiles).toEqual([{ fileName: 'photo.jpg', contents: 'not a campaign' }]);
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

const line = (text: string, changed = false) => ({ text, changed });
const ALIYEV = { name: 'Ilham Aliyev', role: 'head-of-state' as const, gender: 'male' as const };
const KEPT = [line('Mr. Ilham Aliyev'), line('President of the Republic of Azerbaijan'), line('Presidential Palace')];

/** What main says of a file with the bundled campaign's id, revision 2, another publisher and a stranger's address. */
const FORGED: ImportPreview = {
  ok: true,
  token: 'forged-token',
  fileName: 'azerbaijan-update.appeal',
  added: [],
  updated: [
    {
      id: 'azerbaijan-2020-nagorno-karabakh',
      title: 'Azerbaijan: protect the Armenians of Nagorno-Karabakh',
      from: 1,
      to: 2,
      changes: {
        recipient: {
          now: { ...ALIYEV, address: [...KEPT, line('Istiqlaliyyat Street 19', true), line('1066 Baku', true), line('Azerbaijan', true)] },
          after: { ...ALIYEV, address: [...KEPT, line('Postfach 99', true), line('8000 Zürich', true)] },
          changed: ['address'],
        },
        copies: [],
        moreCopyChanges: 0,
        publisher: { now: 'ACAT-Switzerland', after: 'Friends of Baku' },
      },
      replacesBundled: true,
      otherPublisher: true,
    },
  ],
  skipped: [],
};

/** An update of one of the member's own campaigns, from the same publisher: changes shown, no warning. */
const ORDINARY: ImportPreview = {
  ok: true,
  token: 'ordinary-token',
  fileName: 'journalist-v2.appeal',
  added: [],
  updated: [
    {
      id: 'old-case',
      title: 'Free the journalist',
      from: 1,
      to: 2,
      changes: {
        copies: [
          {
            now: { name: 'Hanum Ibrahimova', role: 'ambassador', gender: 'female', address: [line('Kramburgstrasse 10', true), line('3006 Bern')] },
            after: { name: 'Hanum Ibrahimova', role: 'ambassador', gender: 'female', address: [line('Thunstrasse 5', true), line('3006 Bern')] },
            changed: ['address'],
          },
          { after: { name: 'Jane Doe', role: 'minister', gender: 'female', address: [line('Jane Doe', true), line('Baku', true)] }, changed: ['name', 'role', 'gender', 'address'] },
        ],
        moreCopyChanges: 0,
      },
    },
  ],
  skipped: [],
};

async function openPreview(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Import a campaign file…' }));
  return screen.findByRole('dialog', { name: 'Import campaigns' });
}

/** The text of each row of a changes table, cell by cell. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('importing an update that changes where the letters go', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'old-case', title: 'Free the journalist' })]);
  });

  it('shows the changes side by side, marked in words, and imports an own campaign’s update with one click', async () => {
    const user = userEvent.setup();
    fakeApi.nextPreview = ORDINARY;
    await renderApp();
    const dialog = await openPreview(user);

    const table = within(dialog).getByRole('table', { name: 'What changes in “Free the journalist”' });
    expect(rows(table)).toEqual([
      ['What changes', 'Now', 'After the import'],
      ['Copy of the letter', 'Old: Kramburgstrasse 103006 Bern', 'New: Thunstrasse 53006 Bern'],
      ['Copy of the letter', 'Not yet sent a copy', 'Office: ministerNew: Jane DoeNew: Baku'],
    ]);
    // The same publisher and an own campaign: nothing to warn about, the usual buttons.
    expect(within(dialog).queryByText(/Careful/)).toBeNull();
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    const importButton = within(dialog).getByRole('button', { name: 'Import' });
    expect(document.activeElement).toBe(importButton);
    await user.click(importButton);
    expect(fakeApi.confirmedTokens).toEqual(['ordinary-token']);
  });

  it('warns about a forged update and replaces nothing until the member trusts it deliberately', async () => {
    const user = userEvent.setup();
    fakeApi.nextPreview = FORGED;
    await renderApp();
    const dialog = await openPreview(user);

    // The warning, in words, read as the dialog's description.
    const warning = within(dialog).getByRole('heading', {
      name: 'Careful: this file replaces “Azerbaijan: protect the Armenians of Nagorno-Karabakh”',
    }).parentElement!;
    expect(warning.textContent).toContain('This campaign came with the app.');
    expect(warning.textContent).toContain(
      'This file says it comes from “Friends of Baku”, but your campaign came from “ACAT-Switzerland”.',
    );
    expect(warning.textContent).toContain('It changes the address your letters are sent to.');
    expect(warning.textContent).toContain('Import it only if you trust who sent it.');
    expect(dialog.getAttribute('aria-describedby')).toContain(warning.parentElement!.id);

    // Both addresses, the changed lines said in words.
    const table = within(dialog).getByRole('table');
    expect(within(table).getByText('Istiqlaliyyat Street 19').textContent).toBe('Old: Istiqlaliyyat Street 19');
    expect(within(table).getByText('Postfach 99').textContent).toBe('New: Postfach 99');
    expect(within(table).getByText('8000 Zürich').textContent).toBe('New: 8000 Zürich');
    expect(within(table).getByRole('row', { name: /Campaign from/ }).textContent).toBe(
      'Campaign fromOld: ACAT-SwitzerlandNew: Friends of Baku',
    );

    // No Import button; Replace does nothing until the box is ticked, and says so.
    expect(within(dialog).queryByRole('button', { name: 'Import' })).toBeNull();
    const replace = within(dialog).getByRole('button', { name: 'Replace' });
    expect(replace.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(replace.getAttribute('aria-describedby') ?? '')?.textContent).toContain('first tick');
    await user.click(replace);
    expect(fakeApi.confirmedTokens).toEqual([]);

    // Cancel is the default: Enter pressed by habit replaces nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const cancelled = await openPreview(user);
    expect(document.activeElement).toBe(within(cancelled).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeApi.confirmedTokens).toEqual([]);

    // Again, by keyboard only: back to the box, tick it, then on to Replace.
    const again = await openPreview(user);
    expect(within(again).getByRole<HTMLInputElement>('checkbox', { name: 'I trust this file: replace the address' }).checked).toBe(false);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(again).getByRole('checkbox'));
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(again).getByRole('button', { name: 'Replace' }));
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('false');
    await user.keyboard('{Enter}');
    expect(fakeApi.confirmedTokens).toEqual(['forged-token']);
  });

  it('asks to trust the campaign, not an address, when an update of the app’s campaign keeps every address', async () => {
    const user = userEvent.setup();
    const only = FORGED.ok ? FORGED.updated[0]! : undefined;
    fakeApi.nextPreview = { ...FORGED, updated: [{ ...only!, changes: undefined, otherPublisher: undefined }] };
    await renderApp();
    const dialog = await openPreview(user);
    expect(within(dialog).getByText('This campaign came with the app. The file would replace it with another version.')).toBeTruthy();
    expect(within(dialog).queryByText(/Friends of Baku|It changes the address/)).toBeNull();
    expect(within(dialog).queryByRole('table')).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I trust this file: replace the campaign' }));
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect(fakeApi.confirmedTokens).toEqual(['forged-token']);
  });

  it.each([
    ['fr', fr],
    ['de', de],
    ['it', it_],
  ] as const)('words the warning and the changes in %s, without raw keys', async (lang, words) => {
    const user = userEvent.setup();
    fakeApi.settings = { ...fakeApi.settings, uiLanguage: lang };
    fakeApi.nextPreview = FORGED;
    render(<App />);
    await user.click(await screen.findByRole('button', { name: words.importing.chooseFile }));
    const dialog = await screen.findByRole('dialog');
    const text = dialog.textContent ?? '';
    expect(text).not.toMatch(/\{\{|importing\./);
    expect(text).toContain('Friends of Baku');
    expect(text).toContain('8000 Zürich');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: words.importing.cancel }));
    expect(within(dialog).getByRole('checkbox', { name: words.importing.warning.trustAddress })).toBeTruthy();
  });
});
