import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '../../shared/letter/today';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}

describe('the campaign list', () => {
  beforeEach(() => {
    fakeApi.reset([
      campaign({ id: 'overdue-case', title: 'Old appeal', deadline: isoDaysFromToday(-3) }),
      campaign({ id: 'later-case', title: 'Later appeal', deadline: isoDaysFromToday(30) }),
      campaign({ id: 'soon-case', title: 'Urgent appeal', deadline: isoDaysFromToday(5) }),
    ]);
  });

  it('shows each title with its deadline, the passed one last', async () => {
    await renderApp();
    const cards = within(screen.getByRole('list', { name: 'Campaigns' })).getAllByRole('button');
    expect(cards.map((card) => card.textContent)).toEqual([
      expect.stringContaining('Urgent appeal'),
      expect.stringContaining('Later appeal'),
      expect.stringContaining('Old appeal'),
    ]);
    // What a screen reader says after the title: the deadline, and the languages by name.
    expect(screen.getByRole('button', { name: 'Urgent appeal', description: /Send before/ })).toBe(cards[0]);
    expect(screen.getByRole('button', { name: 'Old appeal', description: /Deadline passed/ })).toBe(cards[2]);
    expect(screen.getByRole('button', { name: 'Later appeal', description: /Languages: English, Français/ })).toBe(cards[1]);
  });

  it('opens a campaign with its background, raw HTML shown as text', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Urgent appeal' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Urgent appeal' })).toBeTruthy();
    expect(screen.getByText('arrested').tagName).toBe('STRONG');
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(screen.getByText('International letter: CHF 2.50')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Write this letter' })).toBeTruthy();
  });
});
