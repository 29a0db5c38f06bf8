import './support/setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { preview, renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

describe('writing a letter', () => {
  beforeEach(() => fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]));

  it('shows the current step and the page beside the form from step 2', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(screen.getByText('Choose the letter', { selector: '[aria-current="step"] *' })).toBeTruthy();
    expect(screen.queryByRole('complementary', { name: 'Letter preview' })).toBeNull();

    await startWriting(user, 'Free the journalist');
    expect(screen.getByText('Language and salutation', { selector: '[aria-current="step"] *' })).toBeTruthy();
    expect(preview().getByText('Mr. Ilham Aliyev')).toBeTruthy();
  });

  it('updates the page when the member picks the language and the salutation', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    const excellency = screen.getByRole('radio', { name: 'Your Excellency,' });
    expect(excellency).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: 'Dear Mr. President,', description: /closes with: Yours respectfully,/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(preview().getByText('Dear Mr. President,')).toBeTruthy();

    await user.click(excellency);
    expect(excellency).toHaveProperty('checked', true);
    expect(preview().getByText('Your Excellency,')).toBeTruthy();
    expect(preview().getByText('Respectfully yours,')).toBeTruthy();
    expect(preview().queryByText('Dear Mr. President,')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(preview().getByText(/En tant que membre/)).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Monsieur le Président,' })).toHaveProperty('checked', true);
  });

  it('keeps every choice when going back and forth, and saves the PDF and the Word file', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');
    await user.click(screen.getByRole('radio', { name: 'Your Excellency,' }));
    await user.click(screen.getByRole('button', { name: /Next/ }));

    await user.click(screen.getByRole('radio', { name: 'supporter' }));
    await user.type(screen.getByRole('textbox', { name: 'Personal sentence (optional)' }), 'I pray for him.');
    expect(preview().getByText(/As a supporter of ACAT/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('radio', { name: 'Your Excellency,' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('radio', { name: 'supporter' })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: 'Personal sentence (optional)' })).toHaveProperty('value', 'I pray for him.');

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await screen.findByRole('heading', { level: 1, name: 'Check and print' });
    // The envelope and printer are set up on their own page, one link away, and remembered.
    await user.click(screen.getByRole('button', { name: 'Envelope and printer set-up…' }));
    await screen.findByRole('heading', { level: 1, name: 'Envelope and printer' });
    await user.click(screen.getByRole('radio', { name: /^Window on the left, lower down/ }));
    await user.click(screen.getByRole('button', { name: '1 mm right' }));
    expect(screen.getByRole('spinbutton', { name: 'Move address right/left (mm)' })).toHaveProperty('value', '1');
    expect(fakeApi.settings.layout).toEqual({ preset: 'din-b', offsetMm: { x: 1, y: 0 }, foldMarks: true });
    await user.click(screen.getAllByRole('button', { name: 'Back' })[0] as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: 'Check and print' });
    // On by default: the campaign has a copy, and every letter says so.
    expect(screen.getByRole('checkbox', { name: 'Also make the copy for the embassy' })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    // The file holds the embassy copy too: the member must sign and post both.
    expect(await screen.findByText('Saved: appeal-journalist-case.pdf 2 letters: your letter and a copy for the embassy.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save as Word document…' }));
    expect(await screen.findByText('Saved: appeal-journalist-case.docx 2 letters: your letter and a copy for the embassy.')).toBeTruthy();

    const [pdf] = fakeApi.exports;
    expect(pdf?.format).toBe('pdf');
    expect(pdf?.withCopies).toBe(true);
    expect(pdf?.options).toMatchObject({
      campaignId: 'journalist-case',
      lang: 'en',
      salutationIndex: 1,
      choices: [1],
      personalText: 'I pray for him.',
      layout: { preset: 'din-b', offsetMm: { x: 1, y: 0 }, foldMarks: true },
    });
  });

  it('says a failure in plain words, and a cancel without alarm', async () => {
    const user = userEvent.setup();
    await renderApp();
    await startWriting(user, 'Free the journalist');
    await user.click(screen.getByRole('button', { name: /4 Check and print/ }));

    fakeApi.exportLetter = async () => ({ status: 'failed', message: 'the disk is full' });
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    const failure = await screen.findByText('That did not work: the disk is full');
    expect(failure.getAttribute('role')).toBe('alert');

    fakeApi.printLetter = async () => ({ status: 'cancelled' });
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    const cancelled = await screen.findByText('Cancelled. Nothing was printed or saved.');
    expect(cancelled.getAttribute('role')).toBe('status');
    expect(screen.queryByText(/did not work/)).toBeNull();
  });
});
