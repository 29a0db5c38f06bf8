import './support/setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { preview, renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

async function openDetails() {
  const user = userEvent.setup();
  await renderApp();
  await startWriting(user, 'Free the journalist');
  await user.click(screen.getByRole('button', { name: /Next/ }));
  await screen.findByRole('heading', { level: 1, name: 'Your details' });
  return user;
}

const titleBox = () => screen.getByRole('combobox', { name: 'Title (optional)' }) as HTMLSelectElement;

describe('the member’s title', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));

  it('reads a title saved as text before (“Frau”) as the title, printed in the letter’s language, never under the signature', async () => {
    fakeApi.profile = { ...EMPTY_PROFILE, title: 'Frau', firstName: 'Anna', lastName: 'Muster', city: 'Bern' };
    const user = await openDetails();
    expect(titleBox().value).toBe('female');
    expect(preview().getByText('Mrs Anna Muster')).toBeTruthy();
    expect(preview().getAllByText('Anna Muster')).toHaveLength(1); // the name under the signature

    await user.selectOptions(titleBox(), 'Mr');
    expect(preview().getByText('Mr Anna Muster')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(preview().getByText('M. Anna Muster')).toBeTruthy();
  });

  it('keeps a title the app does not know as written', async () => {
    fakeApi.profile = { ...EMPTY_PROFILE, title: 'Dr.', firstName: 'Kim', lastName: 'Roth', city: 'Bern' };
    await openDetails();
    expect(titleBox().value).toBe('Dr.');
    expect(preview().getByText('Dr. Kim Roth')).toBeTruthy();
  });
});
