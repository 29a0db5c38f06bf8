import './support/setup';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { preview, renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

async function openDetails(user: ReturnType<typeof userEvent.setup>) {
  await startWriting(user, 'Free the journalist');
  await user.click(screen.getByRole('button', { name: /Next/ }));
  await screen.findByRole('heading', { level: 1, name: 'Your details' });
}

describe('your details', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));
  afterEach(() => vi.useRealTimers());

  it('saves what the member types shortly after they stop, and says so quietly', async () => {
    const user = userEvent.setup();
    await renderApp();
    await openDetails(user);

    // Only the debounce runs on fake time. The keystrokes are change events here: user-event
    // waits on setTimeout between keys, which fake timers would freeze.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const firstName = screen.getByRole('textbox', { name: 'First name' });
    fireEvent.change(firstName, { target: { value: 'Mari' } });
    await act(async () => vi.advanceTimersByTime(300));
    fireEvent.change(firstName, { target: { value: 'Maria' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Town' }), { target: { value: 'Lugano' } });
    await act(async () => vi.advanceTimersByTime(300));
    expect(fakeApi.savedProfiles).toHaveLength(0); // still typing: every key restarts the wait
    expect(screen.queryByText('Saved')).toBeNull();

    await act(async () => vi.advanceTimersByTime(100));
    expect(fakeApi.savedProfiles).toHaveLength(1);
    expect(fakeApi.profile).toMatchObject({ firstName: 'Maria', city: 'Lugano' });
    expect(screen.getByText('Saved').closest('[role="status"]')).toBeTruthy();
    expect(preview().getByText(/^Lugano, \d/)).toBeTruthy(); // the date line uses the town
  });

  it('restores the details when the app is opened again', async () => {
    const user = userEvent.setup();
    const first = await renderApp();
    await openDetails(user);
    await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Rossi');
    await user.type(screen.getByRole('textbox', { name: 'Street and number' }), 'Via Nassa 5');
    const secondLine = screen.getByRole('textbox', { name: 'Second address line (optional)', description: 'For example a PO box, “c/o …” or a flat number.' });
    await user.type(secondLine, 'Casella postale 7');
    expect(preview().getByText('Casella postale 7')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Print only my initials and town' }));
    first.unmount();

    await renderApp();
    await openDetails(user);
    expect(screen.getByRole('textbox', { name: 'Last name' })).toHaveProperty('value', 'Rossi');
    expect(screen.getByRole('textbox', { name: 'Street and number' })).toHaveProperty('value', 'Via Nassa 5');
    expect(screen.getByRole('textbox', { name: 'Second address line (optional)' })).toHaveProperty('value', 'Casella postale 7');
    expect(screen.getByRole('checkbox', { name: 'Print only my initials and town' })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: 'Place in the date line', description: 'Leave empty to use your town.' })).toBeTruthy();
  });
});
