import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

describe('a control that cannot be used now', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'lawyer-case', title: 'Free the lawyer' })]));

  it('says so to everyone: aria-disabled, and the reason in words beside it', async () => {
    let finish: (result: { ok: true }) => void = () => {};
    const remove = vi.spyOn(fakeApi, 'removeCampaign').mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Free the lawyer' }));
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this campaign?' });
    const deleteButton = within(dialog).getByRole('button', { name: 'Delete' });
    expect(deleteButton.getAttribute('aria-disabled')).toBe('false');
    expect(within(dialog).queryByText('Deleting the campaign… please wait.')).toBeNull();

    await user.click(deleteButton);
    // While the library works, the button is plainly out of use, and a screen reader hears why.
    expect(deleteButton.getAttribute('aria-disabled')).toBe('true');
    expect(within(dialog).getByText('Deleting the campaign… please wait.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete', description: 'Deleting the campaign… please wait.' })).toBe(deleteButton);
    await user.click(deleteButton);
    expect(remove).toHaveBeenCalledTimes(1);

    finish({ ok: true });
    await screen.findByRole('heading', { level: 1, name: 'Choose the letter' });
  });
});
