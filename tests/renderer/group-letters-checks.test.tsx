import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../shared/members/member';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const member = (firstName: string, lastName: string, city: string): Member => ({
  title: '', firstName, lastName, street: 'Rue du Lac 1', addressLine2: '', postcode: '1003', city, country: '', language: '',
});
const PARISH = Array.from({ length: 24 }, (_, i) => member(`Anne ${i + 1}`, 'Dubœuf', 'Genève'));

async function openGroupLetters() {
  const user = userEvent.setup();
  await renderApp();
  await user.click(screen.getByRole('button', { name: 'Group letters' }));
  await screen.findByRole('heading', { level: 2, name: 'Your groups' });
  return user;
}

describe('group letters: what the coordinator checks', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist', copies: [] })]);
    fakeApi.resetBatch();
  });

  it('shows the rows as read — name, town, language, problem — before anything is saved', async () => {
    fakeApi.nextList = {
      ok: true,
      fileName: 'Paroisse.csv',
      rows: [
        { row: 1, cells: ['Prénom', 'Nom', 'NPA', 'Localité', 'Langue'] },
        { row: 2, cells: ['Anne', 'Dubœuf', '1204', 'Genève', 'français'] },
        { row: 3, cells: ['Luc', 'd’Aubigné', '', '', ''] },
      ],
      cleanedRows: [3],
    };
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Read a member list…' }));
    const table = within(await screen.findByRole('region', { name: 'The rows of your list, as the app read them' }));
    const rows = table.getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', 'Anne Dubœuf', '1204 Genève', 'Français', 'Yes'],
      ['3', 'Luc d’Aubigné', '', 'The one chosen for all', 'No: there is no town.'],
    ]);
    expect(fakeApi.groups.size).toBe(0);
    // Hidden characters the reader removed are named by row, so the coordinator checks that name.
    expect(screen.getByRole('heading', { name: 'Hidden characters removed' })).toBeTruthy();
    expect(screen.getByText(/^Row 3 held hidden characters .* check the name and address in this row\.$/)).toBeTruthy();
    // Each column shows what it holds, so a wrong guess is seen at once.
    expect(screen.getByLabelText('Column “Nom”').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('First entry: Dubœuf')).toBeTruthy();

    // Without a name the group cannot be saved, and the button says why instead of doing nothing.
    await user.clear(screen.getByRole('textbox', { name: 'Name of the group' }));
    const save = screen.getByRole('button', { name: 'Save as a group (1 member)' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Save as a group (1 member)', description: 'Give the group a name to save it.' })).toBe(save);
    await user.click(save);
    expect(fakeApi.groups.size).toBe(0);
  });

  it('prepares letters in four steps with Back and Next, each step’s heading taking the focus', async () => {
    await fakeApi.saveGroup({ name: 'Zug', members: [member('Anna', 'Muster', 'Zug')] });
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Prepare letters – Zug' }));
    const current = () => within(screen.getByRole('navigation', { name: 'Steps' })).getByText((_, el) => el?.getAttribute('aria-current') === 'step').textContent;
    await screen.findByText('Letter 1 of 1: Anna Muster');
    expect(current()).toBe('1 Group and campaign');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    for (const [step, heading] of [['2 Language and salutation', 'Language and salutation'], ['3 Wording and copies', 'Wording and copies'], ['4 Print or save', 'Print or save all letters']]) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(current()).toBe(step);
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: heading }));
    }
    // The last step offers no Next: printing is the end; Back goes one step.
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(current()).toBe('3 Wording and copies');
    // Envelopes and labels are one press away, not on the printing screen itself.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('region', { name: 'Envelopes or address labels for the whole group' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Envelopes or address labels' }));
    expect(screen.getByRole('region', { name: 'Envelopes or address labels for the whole group' })).toBeTruthy();
  });

  it('counts letters right: all 24 when preparing, “the 2 ticked” when reprinting 2 of 24', async () => {
    await fakeApi.saveGroup({ name: 'Paroisse', members: PARISH });
    fakeApi.log = [
      {
        id: 'run-1', when: '2026-12-03T10:28:00.000Z', campaignId: 'journalist-case', campaignTitle: 'Free the journalist', groupName: 'Paroisse', output: 'print', padToEven: false, members: PARISH,
        settings: { campaignId: 'journalist-case', langMode: 'one', lang: 'en', salutationIndex: 0, layout: DEFAULT_LAYOUT, withCopies: false, choices: [], date: '2026-12-03' },
      },
    ];
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Prepare letters – Paroisse' }));
    await screen.findByText('Letter 1 of 24: Anne 1 Dubœuf');
    await user.click(screen.getByRole('button', { name: '4 Print or save' }));
    expect(screen.getByRole('button', { name: 'Print all 24 letters…' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to the groups' }));
    await user.click(screen.getByRole('button', { name: 'Print log' }));
    await user.click(await screen.findByRole('button', { name: 'Print some of these again…' }));
    await user.click(screen.getByRole('checkbox', { name: 'Anne 3 Dubœuf, Genève' }));
    expect(screen.getByRole('button', { name: 'Print the ticked letter…' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Anne 7 Dubœuf, Genève' }));
    expect(screen.getByRole('button', { name: 'Print the 2 ticked letters…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Print all/ })).toBeNull();
  });

  it('writes the print log’s dates as the campaign cards do: day before month in English, Swiss in German', async () => {
    fakeApi.log = [
      {
        id: 'run-1', when: '2026-12-03T10:28:00.000Z', campaignId: 'journalist-case', campaignTitle: 'Free the journalist', groupName: 'Zug', output: 'pdf', padToEven: false, members: [member('Anna', 'Muster', 'Zug')],
        settings: { campaignId: 'journalist-case', langMode: 'one', lang: 'en', salutationIndex: 0, layout: DEFAULT_LAYOUT, withCopies: false, choices: [], date: '2026-12-03' },
      },
    ];
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Print log' }));
    const line = (await screen.findByText(/^Zug: 1 letter, saved as PDF on/)).textContent ?? '';
    expect(line).toMatch(/on 3 December 2026 at \d\d:28\.$/);
    expect(line).not.toMatch(/December 3|AM|PM/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect((await screen.findByText(/^Zug: 1 Brief/)).textContent).toMatch(/3\. Dezember 2026 um \d\d:28/);
  });

  it('says before deleting a group that its members leave the print log too', async () => {
    await fakeApi.saveGroup({ name: 'Zug', members: [member('Anna', 'Muster', 'Zug')] });
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Delete group – Zug' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Delete this group?' }));
    expect(dialog.getByText(/its members are taken out of the print log/)).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'No, keep it' }));
    expect(fakeApi.groups.size).toBe(1);
  });
});
