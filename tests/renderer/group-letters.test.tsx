import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { renderApp } from './support/app-driver';
import { GROUP_SAVE_DELAY_MS } from '../../renderer/src/batch/group-editor';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

// The batch area of the one fake the app talks to.
const batch = fakeApi;

const ROWS = [
  { row: 1, cells: ['Vorname', 'Name', 'Domicile', 'PLZ'] },
  { row: 2, cells: ['Anna', 'Muster', 'Bern', '3000'] },
  { row: 3, cells: ['', '', 'Thun', '3600'] },
  { row: 5, cells: ['Beat', 'Ritter', 'Biel', '2500'] },
];

async function openGroupLetters() {
  const user = userEvent.setup();
  await renderApp();
  await user.click(screen.getByRole('button', { name: 'Group letters' }));
  await screen.findByRole('heading', { level: 1, name: 'Group letters' });
  return user;
}

describe('group letters', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'journalist-case', title: 'Free the journalist' })]);
    batch.resetBatch();
  });

  it('is a separate place, and the member’s own letter is still there when they come back', async () => {
    const user = await openGroupLetters();
    expect(screen.getByRole('button', { name: 'Group letters' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('button', { name: 'Write my letter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose the letter' })).toBeTruthy();
  });

  it('shows the guessed columns, lets them change, and lists unusable rows by number and reason', async () => {
    batch.nextList = { ok: true, fileName: 'Pfarrei.csv', rows: ROWS, cleanedRows: [] };
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Read a member list…' }));
    expect(await screen.findByText('0 members are ready for a letter.')).toBeTruthy();
    expect(screen.getByText('Row 3: there is no name.')).toBeTruthy();
    expect((screen.getByLabelText('Column “Vorname”') as HTMLSelectElement).value).toBe('firstName');
    await user.selectOptions(screen.getByLabelText('Column “Domicile”'), 'Town');
    expect(screen.getByText('2 members are ready for a letter.')).toBeTruthy();
    expect(screen.queryByText('Row 2: there is no town.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save as a group (2 members)' }));
    const saved = [...batch.groups.values()];
    expect(saved.map((g) => [g.name, g.members.map((m) => `${m.firstName} ${m.city} ${m.postcode}`)])).toEqual([
      ['Pfarrei', ['Anna Bern 3000', 'Beat Biel 2500']],
    ]);
  });

  it('takes postcode and town from one column when told so, and frees a column that clashes', async () => {
    batch.nextList = { ok: true, fileName: 'Adressen.csv', rows: [{ row: 1, cells: ['Name', 'Wohnort', 'Postadresse'] }, { row: 2, cells: ['Muster', 'Bern', '6000 Luzern'] }], cleanedRows: [] };
    const user = await openGroupLetters();
    await user.click(screen.getByRole('button', { name: 'Read a member list…' }));
    expect((await screen.findByLabelText('Column “Wohnort”') as HTMLSelectElement).value).toBe('city');
    await user.selectOptions(screen.getByLabelText('Column “Postadresse”'), 'Postcode and town');
    // The town now comes from "Postadresse": "Wohnort" is let go rather than fill it twice.
    expect((screen.getByLabelText('Column “Wohnort”') as HTMLSelectElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save as a group (1 member)' }));
    expect([...batch.groups.values()][0]?.members.map((m) => [m.postcode, m.city])).toEqual([['6000', 'Luzern']]);
  });

  it('removes a member or a whole group, each with undo', async () => {
    await batch.saveGroup({ name: 'Zug', members: [{ firstName: 'Anna', lastName: 'Muster', city: 'Zug' }, { firstName: 'Beat', lastName: 'Ritter', city: 'Baar' }] });
    const user = await openGroupLetters();
    await user.click(await screen.findByRole('button', { name: 'Change members – Zug' }));
    await user.click(screen.getByRole('button', { name: 'Remove Anna Muster' }));
    expect(screen.queryByRole('textbox', { name: 'Town, Anna Muster' })).toBeNull();
    expect(screen.getByText('Anna Muster was removed from the group.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((screen.getByRole('textbox', { name: 'Town, Anna Muster' }) as HTMLInputElement).value).toBe('Zug');

    await user.click(screen.getByRole('button', { name: 'Back to the groups' }));
    // Asked first: "No, keep it" deletes nothing; "Yes, delete it" does.
    await user.click(await screen.findByRole('button', { name: 'Delete group – Zug' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this group?' })).getByRole('button', { name: 'No, keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(batch.groups.size).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete group – Zug' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this group?' })).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('The group “Zug” was deleted.')).toBeTruthy();
    expect(batch.groups.size).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Zug' })).toBeTruthy();
    expect([...batch.groups.values()][0]?.members).toHaveLength(2);
  });

  it('keeps edits without a press of Save: shortly after typing, and when the screen is left', async () => {
    await batch.saveGroup({ name: 'Zug', members: [{ firstName: 'Anna', lastName: 'Muster', city: 'Zug' }, { firstName: 'Beat', lastName: 'Ritter', city: 'Baar' }] });
    const towns = () => [...batch.groups.values()][0]?.members.map((m) => m.city);
    const user = await openGroupLetters();
    const editTown = async (who: string, town: string) => {
      await user.click(await screen.findByRole('button', { name: 'Change members – Zug' }));
      const cell = screen.getByRole('textbox', { name: `Town, ${who}` });
      await user.clear(cell);
      await user.type(cell, town);
    };

    await editTown('Anna Muster', 'Risch');
    expect(screen.getByText('Changes are saved as you type.')).toBeTruthy();
    await waitFor(() => expect(towns()).toEqual(['Risch', 'Baar']), { timeout: GROUP_SAVE_DELAY_MS * 5 });
    // Saved in the background: the coordinator stays where they were.
    expect(screen.getByRole('heading', { level: 2, name: 'Group: Zug' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to the groups' }));
    await editTown('Anna Muster', 'Baar');
    await user.click(screen.getByRole('button', { name: 'Back to the groups' }));
    await waitFor(() => expect(towns()).toEqual(['Baar', 'Baar']));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your groups' })).toBeTruthy();

    await editTown('Beat Ritter', 'Cham');
    await user.click(screen.getByRole('button', { name: 'Write my letter' }));
    await waitFor(() => expect(towns()).toEqual(['Baar', 'Cham']));
  }, 20_000);

  it('says how many files were saved when a run fails part-way', async () => {
    await batch.saveGroup({ name: 'Zug', members: [{ firstName: 'Anna', lastName: 'Muster', city: 'Zug' }, { firstName: 'Beat', lastName: 'Ritter', city: 'Baar' }] });
    batch.nextRunResult = { status: 'failed', message: 'disk-full', files: 1 };
    const user = await openGroupLetters();
    await user.click(await screen.findByRole('button', { name: 'Prepare letters – Zug' }));
    await screen.findByText('Letter 1 of 2: Anna Muster');
    await user.click(screen.getByRole('button', { name: '4 Print or save' }));
    await user.click(await screen.findByRole('button', { name: 'One PDF per member…' }));
    expect(
      await screen.findByText(
        'The letters could not be saved: the disk is full. Choose another place, for example a USB stick, or delete some old files, then try again. ' +
          '1 file had already been saved whole; the print log lists that member.',
      ),
    ).toBeTruthy();
  });

  it('steps through each member’s letter and prints them all as one job', async () => {
    await batch.saveGroup({ name: 'Zug', members: [{ firstName: 'Anna', lastName: 'Muster', city: 'Zug' }, { firstName: 'Beat', lastName: 'Ritter', city: 'Baar' }] });
    const user = await openGroupLetters();
    await user.click(await screen.findByRole('button', { name: 'Prepare letters – Zug' }));
    expect(await screen.findByText('Letter 1 of 2: Anna Muster')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next letter' }));
    expect(screen.getByText('Letter 2 of 2: Beat Ritter')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next letter' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: '4 Print or save' }));
    const output = within(screen.getByRole('region', { name: 'Print or save all letters' }));
    await user.click(output.getByRole('button', { name: 'Print all 4 letters…' }));
    expect(await screen.findByText('2 letters were sent to the printer.')).toBeTruthy();
    expect(batch.runs.map((r) => [r.output, r.members.length, r.settings.campaignId])).toEqual([['print', 2, 'journalist-case']]);
  });
});
