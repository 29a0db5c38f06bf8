import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from './support/fake-api';
import { blankCampaign, draftId, makeDraft } from './support/fake-draft-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

describe('the country in the campaign editor', () => {
  beforeEach(() => {
    fakeApi.reset([]);
    fakeApi.addDraft(
      makeDraft(draftId(9), {
        ...blankCampaign(),
        recipient: { role: 'head-of-state', gender: 'male', name: 'Ilham Aliyev', address: ['Mr. Ilham Aliyev', 'Baku'] },
        languages: { en: { title: 'Free the singer', body: 'Please release the singer.' } },
      }),
    );
  });

  it('shows how members will read the country, and keeps its code in step with the text', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Make a campaign' }));
    await user.click(await screen.findByRole('button', { name: 'Continue: Free the singer' }));
    const parts = await screen.findByRole('navigation', { name: 'Parts of the campaign' });
    await user.click(within(parts).getByRole('button', { name: /^\d Campaign details/ }));
    const country = await screen.findByRole('textbox', { name: /^Country concerned/ });

    await user.type(country, 'Azerbaijan');
    expect(screen.getByText('Members read it in their language: Azerbaijan, Azerbaïdjan, Aserbaidschan, Azerbaigian.')).toBeTruthy();
    await waitFor(() => expect(fakeApi.savedDrafts.at(-1)?.campaign).toMatchObject({ country: 'Azerbaijan', countryCode: 'AZ' }));

    await user.clear(country);
    await user.type(country, 'Tibet');
    expect(screen.getByText(/does not know this country by that name/)).toBeTruthy();
    await waitFor(() => expect(fakeApi.savedDrafts.at(-1)?.campaign.country).toBe('Tibet'));
    expect(fakeApi.savedDrafts.at(-1)?.campaign.countryCode).toBeUndefined();
  });
});
