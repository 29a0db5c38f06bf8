import './support/setup';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { preview, renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const pressed = (name: RegExp | string) => preview().getByRole('button', { name }).getAttribute('aria-pressed');
const textSize = () => document.documentElement.style.getPropertyValue('--zoom');

describe('the letter preview’s zoom', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));

  it('is called Zoom, opens fitted to the width, and Magnify toggles 150 %', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');

    expect(preview().getByRole('group', { name: 'Zoom:' })).toBeTruthy();
    expect(preview().queryByText(/Page size/)).toBeNull();
    expect(pressed('Fit width')).toBe('true');
    expect(pressed('Magnify')).toBe('false');

    await user.click(preview().getByRole('button', { name: 'Magnify' }));
    expect(pressed('Magnify')).toBe('true');
    expect(preview().getByText('150%')).toBeTruthy();
    expect(pressed('Fit width')).toBe('false');

    await user.click(preview().getByRole('button', { name: 'Magnify' }));
    expect(pressed('Fit width')).toBe('true');
  });

  it('takes Ctrl + / Ctrl − / Ctrl 0 while the focus is in the preview, and leaves the text size alone', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');
    const page = preview().getByRole('document');
    page.focus();

    fireEvent.keyDown(page, { key: '+', ctrlKey: true });
    expect(preview().getByText('150%')).toBeTruthy();
    fireEvent.keyDown(page, { key: '+', ctrlKey: true });
    expect(preview().getByText('200%')).toBeTruthy();
    fireEvent.keyDown(page, { key: '-', ctrlKey: true });
    expect(preview().getByText('150%')).toBeTruthy();
    fireEvent.keyDown(page, { key: '0', ctrlKey: true });
    expect(pressed('Fit width')).toBe('true');
    expect(screen.getByText('100%')).toBeTruthy();
    expect(fakeApi.settings.zoom).toBe(1);

    // Outside the preview the same keys still change the app's text size.
    const next = screen.getByRole('button', { name: /Next/ });
    next.focus();
    fireEvent.keyDown(next, { key: '+', ctrlKey: true });
    expect(screen.getByText('110%')).toBeTruthy();
    expect(textSize()).toBe('1.1');
    expect(pressed('Fit width')).toBe('true');
  });

  it('takes the View menu’s commands while the focus is in the preview', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');
    const send = (command: 'text-larger' | 'text-smaller' | 'text-normal') =>
      act(() => fakeApi.menuListeners.forEach((listener) => listener(command)));

    preview().getByRole('button', { name: 'Fit width' }).focus();
    send('text-larger');
    expect(preview().getByText('150%')).toBeTruthy();
    expect(screen.getByText('100%')).toBeTruthy();
    send('text-normal');
    expect(pressed('Fit width')).toBe('true');

    screen.getByRole('button', { name: /Next/ }).focus();
    send('text-larger');
    expect(await screen.findByText('110%')).toBeTruthy();
    expect(pressed('Fit width')).toBe('true');
  });
});
