import { render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../../renderer/src/app';

/** Renders the whole app and waits until the campaign list is on screen. */
export async function renderApp() {
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Choose the letter' });
  await waitFor(() => {
    if (screen.queryByText('Loading…')) throw new Error('still loading');
  });
  return view;
}

/** Step 1 → 2: open a campaign by its card and start writing it. */
export async function startWriting(user: UserEvent, title: string) {
  await user.click(await screen.findByRole('button', { name: title }));
  await user.click(await screen.findByRole('button', { name: 'Write this letter' }));
  await screen.findByRole('heading', { level: 1, name: 'Language and salutation' });
}

export function preview() {
  return within(screen.getByRole('complementary', { name: 'Letter preview' }));
}
