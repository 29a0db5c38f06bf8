import './support/setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../shared/api/contract';
import en from '../../shared/i18n/locales/en/output.json';
import fr from '../../shared/i18n/locales/fr/output.json';
import de from '../../shared/i18n/locales/de/output.json';
import it_ from '../../shared/i18n/locales/it/output.json';
import { failureKey, failureText } from '../../renderer/src/check-and-print/failure-text';
import { i18n } from '../../renderer/src/i18n';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { preview, renderApp, startWriting } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const CATALOGUES = { en, fr, de, it: it_ } as const;
const FAILURE_KEYS = ['write-permission', 'disk-full', 'write-failed', 'printer-not-found', 'printer-failed', 'print-failed'] as const;

type EnvelopeApi = Pick<AppApi, 'printEnvelopes' | 'exportEnvelopesPdf' | 'exportLabelsPdf'>;
const original = { printLetter: fakeApi.printLetter, exportLetter: fakeApi.exportLetter };
const envelopeCalls: { name: keyof EnvelopeApi; input: unknown }[] = [];

/** The envelope operations, recorded like the fake's own (the shared fake predates them). */
function fakeEnvelopeApi(result: Awaited<ReturnType<AppApi['exportEnvelopesPdf']>>): EnvelopeApi {
  return {
    printEnvelopes: async (input) => {
      envelopeCalls.push({ name: 'printEnvelopes', input });
      return { status: 'printed' };
    },
    exportEnvelopesPdf: async (input) => {
      envelopeCalls.push({ name: 'exportEnvelopesPdf', input });
      return result;
    },
    exportLabelsPdf: async (input) => {
      envelopeCalls.push({ name: 'exportLabelsPdf', input });
      return result;
    },
  };
}

/** Steps 1–3 with the member's own words, then step 4. */
async function writeLetterAndCheck(user: ReturnType<typeof userEvent.setup>) {
  await renderApp();
  await startWriting(user, 'Free the journalist');
  await user.click(screen.getByRole('button', { name: /Next/ }));
  await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Zoë');
  await user.type(screen.getByRole('textbox', { name: 'Personal sentence (optional)' }), 'I pray for him.');
  await user.click(screen.getByRole('button', { name: /Next/ }));
  await screen.findByRole('heading', { level: 1, name: 'Check and print' });
}

describe('a failed print or save', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]);
    envelopeCalls.length = 0;
    Object.assign(fakeApi, fakeEnvelopeApi({ status: 'saved', fileName: 'Envelopes.pdf' }));
  });
  afterEach(() => Object.assign(fakeApi, original));

  it('says in plain words that the printer did not answer, and keeps everything the member typed', async () => {
    const user = userEvent.setup();
    await writeLetterAndCheck(user);

    // Electron's own text for a printer that failed the job.
    fakeApi.printLetter = async () => ({ status: 'failed', message: 'Print job failed' });
    await user.click(screen.getByRole('button', { name: 'Print…' }));
    const alert = await screen.findByText(
      'The printer did not answer. Check that it is switched on, then press “Print” again. Everything you typed is kept.',
    );
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.queryByText(/Print job failed/)).toBeNull();

    expect(preview().getByText(/I pray for him\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveProperty('value', 'Zoë');
    expect(screen.getByRole('textbox', { name: 'Personal sentence (optional)' })).toHaveProperty('value', 'I pray for him.');
  });

  it('words a full disk in the member’s language when saving', async () => {
    const user = userEvent.setup();
    await writeLetterAndCheck(user);
    fakeApi.exportLetter = async () => ({ status: 'failed', message: 'disk-full' });
    await i18n.changeLanguage('de');
    await user.click(await screen.findByRole('button', { name: 'Als PDF speichern…' }));
    const alert = await screen.findByText(`${de.failures['disk-full']} ${de.failures.kept}`);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.queryByText(/disk-full/)).toBeNull();
  });

  it.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])('has words for every failure main reports, in %s', (lang) => {
    const t = i18n.getFixedT(lang);
    for (const key of FAILURE_KEYS) {
      const text = failureText(t, key);
      expect(text, key).toBe(`${CATALOGUES[lang].failures[key]} ${CATALOGUES[lang].failures.kept}`);
      expect(text, key).not.toContain(key);
      if (lang !== 'en') expect(text, key).not.toBe(failureText(i18n.getFixedT('en'), key));
    }
  });

  it('recognises the print system’s own messages and leaves unknown ones as they came', () => {
    expect(failureKey('Invalid deviceName provided')).toBe('printer-not-found');
    expect(failureKey('Print job failed')).toBe('printer-failed');
    expect(failureText(i18n.getFixedT('en'), 'paper jam in tray 2')).toBe('That did not work: paper jam in tray 2');
  });
});

/** Envelopes and labels are one link away from step 4, not on it. */
async function openEnvelopes(user: ReturnType<typeof userEvent.setup>) {
  expect(screen.queryByRole('region', { name: 'No window envelope?' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Envelopes and address labels…' }));
  await screen.findByRole('heading', { level: 1, name: 'Envelopes and address labels' });
}

describe('envelopes and labels, one link away from step 4', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]);
    envelopeCalls.length = 0;
    Object.assign(fakeApi, fakeEnvelopeApi({ status: 'saved', fileName: 'Envelopes.pdf' }));
  });
  afterEach(() => Object.assign(fakeApi, original));

  it('saves the chosen envelope size and the label sheet for the same letter, and prints the envelope', async () => {
    const user = userEvent.setup();
    await writeLetterAndCheck(user);
    await openEnvelopes(user);
    const section = screen.getByRole('region', { name: 'No window envelope?' });
    expect(section).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: /^DL/ }));
    await user.click(screen.getByRole('button', { name: 'Save envelope as PDF…' }));
    expect(await screen.findByText('Saved: Envelopes.pdf')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save address labels as PDF…' }));
    await user.click(screen.getByRole('radio', { name: /^C5/ }));
    await user.click(screen.getByRole('button', { name: 'Print envelope…' }));
    expect(await screen.findByText('Your envelope was sent to the printer.')).toBeTruthy();

    expect(envelopeCalls.map((call) => call.name)).toEqual(['exportEnvelopesPdf', 'exportLabelsPdf', 'printEnvelopes']);
    expect(envelopeCalls[0]?.input).toMatchObject({ size: 'dl', options: { campaignId: 'journalist-case', personalText: 'I pray for him.' } });
    expect(envelopeCalls[2]?.input).toMatchObject({ size: 'c5', profile: { firstName: 'Zoë' } });

    await user.click(screen.getByRole('button', { name: 'Back to printing' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check and print' })).toBeTruthy();
  });

  it('says a failed envelope save in plain words', async () => {
    const user = userEvent.setup();
    Object.assign(fakeApi, fakeEnvelopeApi({ status: 'failed', message: 'write-permission' }));
    await writeLetterAndCheck(user);
    await openEnvelopes(user);
    await user.click(screen.getByRole('button', { name: 'Save envelope as PDF…' }));
    const alert = await screen.findByText(`${en.failures['write-permission']} ${en.failures.kept}`);
    expect(alert.getAttribute('role')).toBe('alert');
  });
});
