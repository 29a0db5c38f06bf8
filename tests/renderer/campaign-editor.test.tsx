import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../shared/api/contract';
import { campaign } from './support/campaigns';
import { fakeApi } from './support/fake-api';
import { blankCampaign, draftId, makeDraft } from './support/fake-draft-api';
import { renderApp } from './support/app-driver';

vi.mock('../../renderer/src/preview/letter-preview', () => import('./support/text-preview'));

const LETTER = 'Mr. Ilham Aliyev\nPresident\n\nDear Mr. President,\n\nPlease release him.\n\nYours respectfully,';

/** A draft as main makes it from the seed letter: the recipient guessed, one piece left over. */
function fromLetterDraft(): Draft {
  return makeDraft(
    draftId(41),
    {
      ...blankCampaign(),
      recipient: { role: 'head-of-state', gender: 'male', name: 'Ilham Aliyev', address: ['Mr. Ilham Aliyev', 'President'] },
      languages: { en: { title: '', body: 'Please release him.' } },
    },
    {
      origin: { kind: 'letter' },
      place: { section: 'recipient', language: 'en' },
      recognition: {
        en: {
          fileName: '',
          parts: [
            { part: 'recipient', original: 'Mr. Ilham Aliyev\nPresident', sure: false, reasons: ['roleGuessed'] },
            { part: 'body', original: 'Please release him.', sure: true, reasons: [] },
          ],
          unplaced: ['Baku, 3 March', 'Tel. +994 12 000'],
          senderBlanks: [],
        },
      },
    },
  );
}

/** A draft with everything a campaign needs. */
function readyDraft(): Draft {
  return makeDraft(draftId(7), {
    ...blankCampaign(),
    recipient: { role: 'head-of-state', gender: 'male', name: 'Ilham Aliyev', address: ['Mr. Ilham Aliyev', 'Baku'] },
    languages: { en: { title: 'Free the singer', body: 'Please release the singer.' } },
  });
}

async function openEditorPlace() {
  const user = userEvent.setup();
  await renderApp();
  await user.click(screen.getByRole('button', { name: 'Make a campaign' }));
  await screen.findByRole('heading', { level: 1, name: 'Make a campaign' });
  return user;
}

/** Opens a draft main already has, from the list of campaigns being written. */
async function continueDraft(user: UserEvent, draft: Draft) {
  fakeApi.addDraft(draft);
  await user.click(screen.getByRole('button', { name: 'Make a campaign' }));
  const title = Object.values(draft.campaign.languages)[0]?.title || 'New campaign';
  await user.click(await screen.findByRole('button', { name: `Continue: ${title}` }));
  await screen.findByRole('navigation', { name: 'Parts of the campaign' });
}

async function goToSection(user: UserEvent, name: string) {
  await user.click(within(screen.getByRole('navigation', { name: 'Parts of the campaign' })).getByRole('button', { name: new RegExp(`^\\d ${name}`) }));
  const heading = await screen.findByRole('heading', { level: 1, name });
  expect(document.activeElement).toBe(heading);
}

const body = () => screen.getByRole('textbox', { name: 'The letter’s text' }) as HTMLTextAreaElement;

describe('making a campaign', () => {
  beforeEach(() => {
    fakeApi.reset([campaign({ id: 'lawyer-case', title: 'Free the lawyer' }), campaign({ id: 'seed-case', title: 'The seed letter' })]);
    fakeApi.bundled.add('seed-case');
  });

  it('reads pasted text into a draft that says what the app was unsure of and what it could not place', async () => {
    fakeApi.nextFromLetter = { ok: true, draft: fromLetterDraft(), recipientDifferences: [] };
    const user = await openEditorPlace();
    await user.click(screen.getByRole('button', { name: 'Paste the letter’s text' }));
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('textbox', { name: 'The letter’s text' }));
    await user.paste(LETTER);
    await user.click(screen.getByRole('button', { name: 'Read this text' }));

    await screen.findByRole('heading', { level: 1, name: 'Recipient' });
    expect(fakeApi.fromLetterRequests).toEqual([{ source: { kind: 'text', text: LETTER }, language: 'en' }]);
    expect(screen.getByText('Recipient: the app is not sure it read this right.')).toBeTruthy();
    expect(screen.getByText('The position was guessed: the address names no title such as “President”.')).toBeTruthy();
    const said = screen.getByText('Recipient: what the letter said').closest('details') as HTMLDetailsElement;
    expect(said.textContent).toContain('Mr. Ilham Aliyev\nPresident');
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Ilham Aliyev');

    await goToSection(user, 'Letter text');
    const unplaced = screen.getByRole('region', { name: 'Text the app could not place (2 pieces)' });
    expect(within(unplaced).getByText('Baku, 3 March')).toBeTruthy();
    expect(within(unplaced).getByRole('button', { name: 'Copy piece 2' })).toBeTruthy();
    await user.click(within(unplaced).getByRole('button', { name: 'Done with piece 1' }));
    expect(screen.getByRole('region', { name: 'Text the app could not place (1 piece)' })).toBeTruthy();
    expect(screen.queryByText('Baku, 3 March')).toBeNull();
    // Put away for good: the draft is saved without it, and in the place the coordinator is.
    await waitFor(() => expect(fakeApi.drafts.get(draftId(41))?.recognition.en?.unplaced).toEqual(['Tel. +994 12 000']));
    expect(fakeApi.drafts.get(draftId(41))?.place).toEqual({ section: 'text', language: 'en' });
  });

  it('says where the eye is why a letter could not be read, and keeps the pasted text', async () => {
    fakeApi.nextFromLetter = { ok: false, fileName: '', message: 'No letter was found in this text.' };
    const user = await openEditorPlace();
    await user.click(screen.getByRole('button', { name: 'Paste the letter’s text' }));
    await user.click(screen.getByRole('textbox', { name: 'The letter’s text' }));
    await user.paste('Shopping list: bread');
    await user.click(screen.getByRole('button', { name: 'Read this text' }));
    const alert = await screen.findByText('No letter was found in this text.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'The letter’s text' }) as HTMLTextAreaElement).value).toBe('Shopping list: bread');
    expect(fakeApi.fromLetterRequests[0]).toEqual({ source: { kind: 'text', text: 'Shopping list: bread' } });
  });

  it('shows an unknown field at the body as it is typed, and the envelope’s line count at the address', async () => {
    const user = await openEditorPlace();
    await user.click(screen.getByRole('button', { name: 'Start empty' }));
    await screen.findByRole('heading', { level: 1, name: 'Recipient' });
    const address = screen.getByRole('textbox', { name: 'Address' });
    await user.click(address);
    await user.paste('Mr. A\nPalace\nStreet 1\n1000 Town\nCountry\nPO Box 1\nMore');
    expect(screen.getByRole('textbox', { name: 'Address', description: /7 of 6 lines.*has 7 lines, but an envelope has room for 6/ })).toBe(address);

    await goToSection(user, 'Letter text');
    await user.click(body());
    await user.paste('Greetings from {{sender.town}}, {{member|}}.');
    expect(
      screen.getByRole('textbox', {
        name: 'The letter’s text',
        description: /“sender\.town” is not something the app can fill in\..*The choice \{\{member\|\}\} has an empty word/,
      }),
    ).toBe(body());
    expect(body().getAttribute('aria-invalid')).toBe('true');
  });

  it('inserts bold, a list, a choice and a field with buttons, where the caret is', async () => {
    const user = await openEditorPlace();
    await user.click(screen.getByRole('button', { name: 'Start empty' }));
    await goToSection(user, 'Letter text');
    await user.click(body());
    await user.paste('As a member of the group');
    body().setSelectionRange(5, 11); // "member"

    await user.click(screen.getByRole('button', { name: 'Insert a choice…' }));
    const choice = await screen.findByRole('dialog', { name: 'Insert a choice' });
    expect((within(choice).getByRole('textbox', { name: 'Word 1' }) as HTMLInputElement).value).toBe('member');
    await user.type(within(choice).getByRole('textbox', { name: 'Word 2' }), 'supporter');
    await user.click(within(choice).getByRole('button', { name: 'Insert' }));
    expect(body().value).toBe('As a {{member|supporter}} of the group');
    expect(document.activeElement).toBe(body());

    body().setSelectionRange(body().value.length, body().value.length);
    await user.click(screen.getByRole('button', { name: 'Insert a field…' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Insert a field' })).getByRole('button', { name: 'Your town' }));
    expect(body().value).toBe('As a {{member|supporter}} of the group{{sender.city}}');

    const group = body().value.indexOf('group');
    body().setSelectionRange(group, group + 'group'.length);
    await user.click(screen.getByRole('button', { name: 'Bold' }));
    expect(body().value).toBe('As a {{member|supporter}} of the **group**{{sender.city}}');

    await user.type(body(), '{End}{Enter}Free him{Enter}Drop the charges');
    body().setSelectionRange(body().value.indexOf('Free'), body().value.length);
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(body().value.split('\n').slice(1)).toEqual(['- Free him', '- Drop the charges']);
    expect(screen.queryByText(/is not something the app can fill in/)).toBeNull();
  });

  it('saves the draft shortly after typing stops, and says so', async () => {
    const user = await openEditorPlace();
    await user.click(screen.getByRole('button', { name: 'Start empty' }));
    await screen.findByRole('heading', { level: 1, name: 'Recipient' });
    const saves = fakeApi.savedDrafts.length;
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ilham Aliyev');
    expect(fakeApi.savedDrafts.length).toBe(saves); // not on every key
    await waitFor(() => expect(fakeApi.savedDrafts.at(-1)?.campaign.recipient.name).toBe('Ilham Aliyev'), { timeout: 3000 });
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(fakeApi.savedDrafts.length).toBe(saves + 1);
  });

  it('says a failed save in main’s words, and keeps what is on the screen', async () => {
    fakeApi.nextSaveFailure = 'Your changes could not be saved just now.';
    const user = await openEditorPlace();
    await user.click(screen.getByRole('button', { name: 'Start empty' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Aliyev');
    const failure = await screen.findByText('Your changes could not be saved just now.', {}, { timeout: 3000 });
    expect(failure.closest('[role="alert"]')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Aliyev');
  });

  it('reopens a draft where the coordinator left it', async () => {
    const user = userEvent.setup();
    await renderApp();
    await continueDraft(user, { ...readyDraft(), place: { section: 'details' } });
    expect(screen.getByText('Campaign: Free the singer')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Campaign details' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^5 Campaign details/ }).getAttribute('aria-current')).toBe('step');
  });

  it('lists what is missing before publishing, and goes to the field', async () => {
    const user = userEvent.setup();
    await renderApp();
    await continueDraft(user, makeDraft(draftId(8), blankCampaign(), { place: { section: 'finish' } }));
    await user.click(screen.getByRole('button', { name: 'Save to my campaigns' }));
    expect((await screen.findByText(/The campaign is not ready yet: 4 things are still to correct/)).closest('[role="alert"]')).toBeTruthy();
    expect(fakeApi.publishedIds).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Letter text (English): Please write the letter’s text.' }));
    expect(document.activeElement).toBe(body());
  });

  it('publishes into the member’s letters, and shares the campaign as a file', async () => {
    const user = userEvent.setup();
    await renderApp();
    await continueDraft(user, { ...readyDraft(), place: { section: 'finish' } });
    expect(screen.getByText('Everything needed is filled in.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save to my campaigns' }));
    expect(await screen.findByText('“Free the singer” is now among your campaigns (version 1).')).toBeTruthy();
    expect(fakeApi.publishedIds).toEqual([draftId(7)]);

    fakeApi.nextExport = { status: 'saved', fileName: 'singer.appeal' };
    await user.click(screen.getByRole('button', { name: /^Share…/ }));
    expect(await screen.findByText('“Free the singer” is now among your campaigns (version 2). Saved: singer.appeal')).toBeTruthy();
    expect(fakeApi.exportedIds).toEqual([['published-1']]);

    await user.click(screen.getByRole('button', { name: 'Write my letter' }));
    expect(await within(screen.getByRole('list', { name: 'Campaigns' })).findByRole('button', { name: 'Free the singer' })).toBeTruthy();
  });

  it('opens a campaign of the member’s in the editor, and a copy of one that came with the app', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'The seed letter' }));
    await screen.findByRole('button', { name: 'Archive' });
    expect(screen.queryByRole('button', { name: 'Edit this campaign' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Make a copy to edit' }));
    expect(await screen.findByText('Campaign: The seed letter')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Make a campaign' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('button', { name: 'Write my letter' }));
    await user.click(await screen.findByRole('button', { name: 'Back to the list' }));
    await user.click(await screen.findByRole('button', { name: 'Free the lawyer' }));
    await user.click(await screen.findByRole('button', { name: 'Edit this campaign' }));
    expect(await screen.findByText('Campaign: Free the lawyer')).toBeTruthy();
    expect(fakeApi.newDraftRequests).toEqual([
      { from: { kind: 'copy', campaignId: 'seed-case' } },
      { from: { kind: 'edit', campaignId: 'lawyer-case' } },
    ]);
  });

  it('adds a language from its letter and says plainly that its recipient differs', async () => {
    const user = userEvent.setup();
    await renderApp();
    const draft = { ...readyDraft(), place: { section: 'text', language: 'en' } };
    const withFrench = makeDraft(draft.id, {
      ...draft.campaign,
      languages: { ...draft.campaign.languages, fr: { title: 'Libérez la chanteuse', body: 'Libérez-la.' } },
    });
    fakeApi.nextAddLanguage = { ok: true, draft: withFrench, recipientDifferences: ['name', 'address'] };
    await continueDraft(user, draft);
    await user.click(screen.getByRole('button', { name: 'Add a language…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a language' });
    await user.click(within(dialog).getByRole('radio', { name: 'Français' }));
    await user.click(within(dialog).getByRole('radio', { name: /From that language’s letter/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Choose the letter…' }));

    expect(await within(screen.getByRole('main')).findByText('The French letter is addressed to someone else: name, address differ. Check the recipient.')).toBeTruthy();
    expect(fakeApi.addLanguageRequests).toEqual([{ id: draft.id, source: { kind: 'file' }, language: 'fr' }]);
    expect(screen.getByRole('button', { name: 'Français', pressed: true })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Libérez la chanteuse');
  });

  it('removes a language and deletes a draft only after asking', async () => {
    const user = userEvent.setup();
    await renderApp();
    await continueDraft(user, { ...readyDraft(), place: { section: 'text', language: 'en' } });
    await user.click(screen.getByRole('button', { name: 'Remove the English text…' }));
    const question = await screen.findByRole('dialog', { name: 'Remove the English text?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'No, keep it' }));
    await user.click(within(question).getByRole('button', { name: 'Yes, remove it' }));
    expect(screen.getByText('The letter has no text yet. Add a language to write it.')).toBeTruthy();

    await goToSection(user, 'Save and share');
    await user.click(screen.getByRole('button', { name: 'Delete this campaign you are writing…' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete this campaign you are writing?' })).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Make a campaign' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText('The campaign you were writing was deleted.')).toBeTruthy();
    expect(fakeApi.drafts.size).toBe(0);
    expect(await screen.findByText('You are not writing any campaign at the moment.')).toBeTruthy();
  });
});
