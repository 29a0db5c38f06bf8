import './support/setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

describe('the campaign’s country in the UI language', () => {
  beforeEach(() => {
    fakeApi.reset([
      campaign({ id: 'journalist-case', title: 'Free the journalist' }),
      campaign({ id: 'lawyer-case', title: 'Free the lawyer', country: 'Türkei', countryCode: 'TR' }),
    ]);
    fakeApi.settings = { ...fakeApi.settings, uiLanguage: 'fr' };
  });

  it('names the country in French on the card and in the campaign’s details', async () => {
    const user = userEvent.setup();
    render(<App />);
    const card = await screen.findByRole('button', { name: 'Free the journalist (fr)' });
    expect(screen.getByRole('button', { name: 'Free the journalist (fr)', description: /Pays\s:\sAzerbaïdjan/ })).toBe(card);
    expect(screen.getByRole('button', { name: 'Free the lawyer (fr)', description: /Pays\s:\sTurquie/ })).toBeTruthy();
    expect(screen.queryByText(/Azerbaijan/)).toBeNull();

    await user.click(card);
    await screen.findByRole('heading', { level: 1, name: 'Free the journalist (fr)' });
    expect(screen.getByText(/^Pays\s:\sAzerbaïdjan$/)).toBeTruthy();
  });
});
