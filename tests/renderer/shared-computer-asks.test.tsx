import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

/** Step 4 on a shared computer, with what the person typed in step 3 (name and town only, or everything). */
async function toStepFour(user: UserEvent, fields: Record<string, string>) {
  await renderApp();
  await startWriting(user, 'Free the journalist');
  await user.click(screen.getByRole('button', { name: /Next/ }));
  for (const [label, text] of Object.entries(fields)) await user.type(screen.getByRole('textbox', { name: label }), text);
  await user.click(screen.getByRole('button', { name: /Next/ }));
  await screen.findByRole('heading', { level: 1, name: 'Check and print' });
}

const NAME_ONLY = { 'First name': 'Zoë', 'Last name': 'Müller', Town: 'Lausanne' };
const COMPLETE = { ...NAME_ONLY, 'Street and number': 'Rue du Lac 1', Postcode: '1003' };

describe('a shared computer never prints while it says details are missing', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]);
    fakeApi.settings = { ...fakeApi.settings, welcomeSeen: true, sharedComputer: true };
    fakeApi.profile = { ...EMPTY_PROFILE };
  });

  it('asks before printing without a street and postcode; “Print anyway” prints', async () => {
    const user = userEvent.setup();
    await toStepFour(user, NAME_ONLY);
    expect(screen.getByText('Still missing from your details: Street and number, Postcode.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Print…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Your address is not complete' }));
    expect(dialog.getByText('Still missing from your details: Street and number, Postcode.')).toBeTruthy();
    expect(dialog.getByText('Without it, nobody can write back to you. Print anyway?')).toBeTruthy();
    expect(fakeApi.prints).toHaveLength(0);

    await user.click(dialog.getByRole('button', { name: 'Print anyway' }));
    expect(await screen.findByText('Your letter was sent to the printer. 2 letters: your letter and a copy for the embassy.')).toBeTruthy();
    expect(fakeApi.prints).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('prints nothing when the person closes the question or goes to add their details', async () => {
    const user = userEvent.setup();
    await toStepFour(user, NAME_ONLY);

    await user.click(screen.getByRole('button', { name: 'Print…' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Without it, nobody can write back to you. Save anyway?')).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Add my details' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your details' })).toBeTruthy();
    expect(fakeApi.prints).toHaveLength(0);
    expect(fakeApi.exports).toHaveLength(0);
  });

  it('prints at once when the address is complete', async () => {
    const user = userEvent.setup();
    await toStepFour(user, COMPLETE);
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    expect(await screen.findByText(/Your letter was sent to the printer/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fakeApi.prints).toHaveLength(1);
  });

  it('no longer offers “Add me to the group” once the person was added', async () => {
    const user = userEvent.setup();
    await toStepFour(user, COMPLETE);
    await user.click(screen.getByRole('button', { name: 'Add me to the group' }));
    const panel = within(screen.getByRole('region', { name: 'Finished? Next person' }));
    expect(await panel.findByText(/Zoë Müller was added to the group/)).toBeTruthy();
    expect(panel.queryByRole('button', { name: 'Add me to the group' })).toBeNull();
    expect(panel.queryByRole('combobox', { name: 'Group' })).toBeNull();
    expect([...fakeApi.groups.values()].flatMap((group) => group.members)).toHaveLength(1);
  });
});
