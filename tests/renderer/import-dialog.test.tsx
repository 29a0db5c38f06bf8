import './support/setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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
