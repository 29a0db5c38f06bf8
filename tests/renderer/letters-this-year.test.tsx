import './support/setup';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const byGroup = { '': { letters: 9, copies: 9, byLanguage: { de: 9 } } };

describe('letters sent, as a member sees them', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'lawyer-case', title: 'Free the lawyer' })]));

  it('says how many letters they wrote this year, and for which campaigns, under the list', async () => {
    fakeApi.lettersSent = {
      year: new Date().getFullYear(),
      letters: 9,
      campaigns: [
        { campaignId: 'lawyer-case', campaignTitle: 'Free the lawyer', letters: 6, copies: 6, byLanguage: { de: 6 }, byGroup },
        { campaignId: 'azerbaijan', campaignTitle: 'Azerbaijan', letters: 3, copies: 3, byLanguage: { de: 3 }, byGroup },
      ],
    };
    await renderApp();
    const sent = await screen.findByRole('region', { name: 'Letters sent' });
    expect(within(sent).getByText('You have written 9 letters this year.')).toBeTruthy();
    expect(within(sent).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Free the lawyer: 6', 'Azerbaijan: 3']);
    // A member never gets the organisation's CSV button: that is the coordinator's.
    expect(within(sent).queryByRole('button')).toBeNull();
  });

  it('stays quiet before the first letter', async () => {
    fakeApi.lettersSent = { year: new Date().getFullYear(), letters: 0, campaigns: [] };
    await renderApp();
    await screen.findByRole('button', { name: 'Free the lawyer' });
    expect(screen.queryByRole('region', { name: 'Letters sent' })).toBeNull();
  });
});
