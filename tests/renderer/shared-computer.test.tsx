import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const OWNER = { ...EMPTY_PROFILE, firstName: 'Ruth', lastName: 'Owner', city: 'Zug' };

describe('the first start', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));

  it('shows the four steps once, and never again after “Got it”', async () => {
    const user = userEvent.setup();
    const first = await renderApp();
    const welcome = within(screen.getByRole('region', { name: 'Welcome' }));
    expect(welcome.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1Choose the letter: read what it is about.',
      '2Choose the language and how the letter begins.',
      '3Write your name and address.',
      '4Check the page and print it.',
    ]);
    await user.click(welcome.getByRole('button', { name: 'Got it, let’s start' }));
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
    expect(fakeApi.settings.welcomeSeen).toBe(true);

    first.unmount();
    await renderApp();
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
  });

  it('has a help page with the folding pictures, and goes back to the letter', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Help' })).toBeTruthy();
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: /Back to my letter/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Choose the letter' })).toBeTruthy();
  });
});

describe('a letter-writing afternoon on a shared computer', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]);
    fakeApi.settings = { ...fakeApi.settings, welcomeSeen: true, sharedComputer: true };
    fakeApi.profile = { ...OWNER };
  });

  it('keeps nothing of a person after “Next person” unless they ask to join the group, and counts the letters printed today', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(screen.getByText('0 letters printed today')).toBeTruthy();
    await startWriting(user, 'Free the journalist');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    // The owner's saved details are not shown to the group.
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveProperty('value', '');
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Zoë');
    await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Müller');
    await user.type(screen.getByRole('textbox', { name: 'Town' }), 'Lausanne');
    await user.type(screen.getByRole('textbox', { name: /Personal sentence/ }), 'Free him.');
    await user.click(screen.getByRole('button', { name: /Next/ }));

    await user.click(screen.getByRole('button', { name: 'Print…' }));
    // No street or postcode: the page says so, and printing asks first.
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Print anyway' }));
    expect(await screen.findAllByText('2 letters printed today')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add me to the group' }));
    expect((await screen.findAllByText(/Zoë Müller was added to the group “Letter-writing afternoon/)).length).toBeGreaterThan(0);
    const [group] = [...fakeApi.groups.values()];
    expect(group?.members.map((m) => [m.firstName, m.lastName, m.city])).toEqual([['Zoë', 'Müller', 'Lausanne']]);

    await user.click(screen.getByRole('button', { name: 'Next person' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose the letter' })).toBeTruthy();
    expect(screen.getByText('Ready for the next person. The last person’s details were forgotten.')).toBeTruthy();
    await startWriting(user, 'Free the journalist');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: /Personal sentence/ })).toHaveProperty('value', '');
    // Nothing of theirs was written to the profile, and the owner's stays as it was.
    expect(fakeApi.savedProfiles).toEqual([]);
    expect(fakeApi.profile).toEqual(OWNER);
    expect(fakeApi.settings.printedToday?.count).toBe(2);
  });
});
