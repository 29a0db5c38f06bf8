import './support/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

/** jsdom lays nothing out and has no scrollIntoView: record which elements were brought into view. */
const broughtIntoView: Element[] = [];
beforeEach(() => {
  broughtIntoView.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    broughtIntoView.push(this);
  };
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('where the eye is', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));

  it('puts focus on the step’s heading when the welcome is put away, not on the page body', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Got it, let’s start' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Got it, let’s start' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Choose the letter' }));
    // Tab goes on from there, to the list of letters below.
    await user.tab();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('brings a failed save of the details into view and says it at once', async () => {
    vi.spyOn(fakeApi, 'saveProfile').mockRejectedValue(new Error('disk full'));
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Town' }), { target: { value: 'Lugano' } });

    const failure = await screen.findByText(/Your details could not be saved/);
    expect(failure.getAttribute('role')).toBe('alert');
    // Scrolled by an effect after the message is on the page: under load that runs a moment later.
    await waitFor(() => expect(broughtIntoView).toContain(failure));
  }, 15_000);

  it('says "settings not saved" inside the Settings dialog, where the member is', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Settings…' }));
    const dialog = within(screen.getByRole('dialog'));
    // Nothing said before the dialog opened shows in it.
    expect(dialog.getByRole('alert').textContent).toBe('');

    vi.spyOn(fakeApi, 'saveSettings').mockRejectedValue(new Error('disk full'));
    await user.click(dialog.getByRole('checkbox', { name: /Shared computer/ }));
    const alert = await dialog.findByText(/Your settings could not be saved/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(broughtIntoView).toContain(alert.closest('.message-bar'));
  });

  it('brings a message into view when it appears far down the page', async () => {
    vi.spyOn(fakeApi, 'saveSettings').mockRejectedValue(new Error('disk full'));
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Larger' }));
    const main = within(screen.getByRole('main'));
    const alert = await main.findByText(/Your settings could not be saved/);
    expect(broughtIntoView).toContain(alert.closest('.message-bar'));
  });
});
