import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

async function prepareZug() {
  await fakeApi.saveGroup({ name: 'Zug', members: [{ title: 'Frau', firstName: 'Anna', lastName: 'Muster', city: 'Zug' }] });
  const user = userEvent.setup();
  await renderApp();
  await user.click(screen.getByRole('button', { name: 'Group letters' }));
  await user.click(await screen.findByRole('button', { name: 'Prepare letters – Zug' }));
  await screen.findByText('Letter 1 of 1: Anna Muster');
  return user;
}

/** Preparing letters has the member's four steps: the step indicator goes to any of them. */
async function goToStep(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(screen.getByRole('navigation', { name: 'Steps' })).getByRole('button', { name: new RegExp(`^\\d ${name}$`) }));
  await screen.findByRole('heading', { level: 3, name: name === 'Print or save' ? 'Print or save all letters' : name });
}

describe('a group’s letters: the wording and the embassy copy', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]);
    fakeApi.resetBatch();
  });

  it('makes the embassy copy unless the coordinator turns it off', async () => {
    const user = await prepareZug();
    await goToStep(user, 'Wording and copies');
    expect((screen.getByRole('checkbox', { name: /copy for the embassy/ }) as HTMLInputElement).checked).toBe(true);
    await goToStep(user, 'Print or save');
    const output = () => within(screen.getByRole('region', { name: 'Print or save all letters' }));
    expect(output().getByText('2 letters for each member: the letter and a copy for the embassy.')).toBeTruthy();
    await user.click(output().getByRole('button', { name: 'Print all 2 letters…' }));
    expect(fakeApi.runs.map((r) => r.settings.withCopies)).toEqual([true]);
    await goToStep(user, 'Wording and copies');
    await user.click(screen.getByRole('checkbox', { name: /copy for the embassy/ }));
    await goToStep(user, 'Print or save');
    expect(output().queryByText(/letters for each member/)).toBeNull();
    expect(output().getByRole('button', { name: 'Print 1 letter…' })).toBeTruthy();
  });

  it('lets the coordinator pick the wording once: the letters show it and the run uses it', async () => {
    const user = await prepareZug();
    const letter = screen.getByRole('document');
    expect(within(letter).getByText(/^As a member of ACAT-Switzerland/)).toBeTruthy();
    await goToStep(user, 'Wording and copies');
    await user.click(screen.getByRole('radio', { name: 'supporter' }));
    expect(within(screen.getByRole('document')).getByText(/^As a supporter of ACAT-Switzerland/)).toBeTruthy();
    await goToStep(user, 'Print or save');
    const output = within(screen.getByRole('region', { name: 'Print or save all letters' }));
    await user.click(output.getByRole('button', { name: /^Print all/ }));
    expect(fakeApi.runs.map((r) => r.settings.choices)).toEqual([[1]]);
  });

  it('shows a German list’s title in the English letter as Mrs, and not under the signature', async () => {
    await prepareZug();
    const lines = within(screen.getByRole('document')).getAllByRole('paragraph').map((p) => p.textContent);
    expect(lines).toContain('Mrs Anna Muster');
    expect(lines).not.toContain('Frau Anna Muster');
    expect(lines.filter((l) => l === 'Anna Muster')).toHaveLength(1);
  });
});
