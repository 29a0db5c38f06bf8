import './support/setup';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const root = document.documentElement;

describe('the header settings', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case' })]));

  it('enlarges the whole app with the buttons and with Ctrl + / Ctrl − / Ctrl 0', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(screen.getByText('100%')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Larger' }));
    expect(screen.getByText('110%')).toBeTruthy();
    expect(root.style.getPropertyValue('--zoom')).toBe('1.1');
    expect(fakeApi.settings.zoom).toBe(1.1);

    fireEvent.keyDown(window, { key: '+', ctrlKey: true });
    expect(screen.getByText('125%')).toBeTruthy();
    fireEvent.keyDown(window, { key: '-', ctrlKey: true });
    expect(screen.getByText('110%')).toBeTruthy();
    fireEvent.keyDown(window, { key: '0', ctrlKey: true });
    expect(screen.getByText('100%')).toBeTruthy();

    // Never below 100 %: the button says so instead of doing nothing silently.
    const smaller = screen.getByRole('button', { name: 'Smaller' });
    expect(smaller.getAttribute('aria-disabled')).toBe('true');
    for (let i = 0; i < 8; i++) await user.click(screen.getByRole('button', { name: 'Larger' }));
    expect(screen.getByText('200%')).toBeTruthy();
  });

  it('follows the View menu’s Larger / Smaller / Normal text size', async () => {
    await renderApp();
    const send = (command: 'text-larger' | 'text-smaller' | 'text-normal') =>
      act(() => fakeApi.menuListeners.forEach((listener) => listener(command)));
    send('text-larger');
    expect(await screen.findByText('110%')).toBeTruthy();
    send('text-larger');
    expect(await screen.findByText('125%')).toBeTruthy();
    send('text-smaller');
    expect(await screen.findByText('110%')).toBeTruthy();
    send('text-normal');
    expect(await screen.findByText('100%')).toBeTruthy();
    expect(fakeApi.settings.zoom).toBe(1);
  });

  it('switches to high contrast and back, and restores it next time', async () => {
    const user = userEvent.setup();
    const first = await renderApp();
    const toggle = screen.getByRole('button', { name: 'High contrast' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(root.dataset.theme).toBe('high-contrast');
    first.unmount();

    root.dataset.theme = 'standard';
    await renderApp();
    expect(root.dataset.theme).toBe('high-contrast');
    expect(screen.getByRole('button', { name: 'High contrast', pressed: true })).toBeTruthy();
  });
});
