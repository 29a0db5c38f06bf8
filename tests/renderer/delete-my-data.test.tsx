import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const MEMBER_ZOE = { ...EMPTY_PROFILE, firstName: 'Zoë', lastName: 'Müller-Lüdenscheidt', street: 'Rue du Lac 1', postcode: '1003', city: 'Lausanne' };

async function openYourData(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Settings…' }));
  return within(await screen.findByRole('region', { name: 'Your data' }));
}

describe('"Your data" in Settings', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case' })]);
    fakeApi.profile = { ...MEMBER_ZOE };
    fakeApi.settings = { ...fakeApi.settings, welcomeSeen: true };
  });

  it('says where the data lives, asks in plain words with Cancel focused, and Cancel deletes nothing', async () => {
    const user = userEvent.setup();
    const deleteAll = vi.spyOn(fakeApi, 'deleteAllData');
    const deleteLog = vi.spyOn(fakeApi, 'deletePrintLog');
    await renderApp();
    const section = await openYourData(user);
    expect(section.getByText(/in this computer’s user folder for Appeal Letters/)).toBeTruthy();

    await user.click(section.getByRole('button', { name: 'Delete all my data…' }));
    const question = screen.getByRole('dialog', { name: 'Delete all your data?' });
    expect(question.textContent).toContain('your name and address');
    expect(question.textContent).toContain('The campaigns that came with the app stay.');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Delete all your data?' })).toBeNull();

    // Escape is Cancel too, and leaves Settings open.
    await user.click(section.getByRole('button', { name: 'Delete the print log…' }));
    expect(screen.getByRole('dialog', { name: 'Delete the print log?' }).textContent).toContain('Your groups, your own details and your campaigns stay.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Delete the print log?' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();

    expect(deleteAll).not.toHaveBeenCalled();
    expect(deleteLog).not.toHaveBeenCalled();
    expect(fakeApi.profile.firstName).toBe('Zoë');
  });

  it('deletes everything when confirmed, says so, and shows the welcome again', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
    const section = await openYourData(user);
    await user.click(section.getByRole('button', { name: 'Delete all my data…' }));
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));

    const done = await screen.findByRole('dialog', { name: 'All your data is deleted' });
    expect(done.textContent).toContain('as on the first day');
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Welcome' })).toBeTruthy());
    expect(fakeApi.settings.welcomeSeen).toBe(false);
    // Nothing of the member was written back from the screens.
    expect(fakeApi.profile.firstName).toBe('');
  });

  it('says in words when the files could not all be deleted', async () => {
    const user = userEvent.setup();
    vi.spyOn(fakeApi, 'deletePrintLog').mockResolvedValueOnce({ ok: false, message: 'in-use' });
    await renderApp();
    const section = await openYourData(user);
    await user.click(section.getByRole('button', { name: 'Delete the print log…' }));
    await user.click(screen.getByRole('button', { name: 'Delete the print log' }));
    const said = await screen.findByText(/another program is using one of the files/);
    expect(said.getAttribute('role')).toBe('alert');
    expect(screen.getByRole('dialog', { name: 'Delete the print log?' })).toBeTruthy();
  });
});
