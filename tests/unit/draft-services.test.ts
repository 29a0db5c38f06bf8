import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices, Draft } from '../../shared/api/contract';
import { RESOURCES_DIR } from '../../main/paths';
import { createAppServices } from '../../main/services/app-services';
import { bundledCampaign, SEED_LETTER_FILE } from '../support/seed-letter';

const BUNDLED_ID = 'azerbaijan-2020-nagorno-karabakh';
const SEED_LETTER = SEED_LETTER_FILE;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'draft-services-'));
  folders.push(folder);
  return folder;
}

interface Harness {
  app: AppServices;
  userDataDir: string;
  outputDir: string;
  letterAnswers: (string | null)[];
  saveAnswers: string[];
}

/** The whole app's services over real folders; only the native dialogs answer from lists. */
function openServices(userDataDir = tempFolder()): Harness {
  const outputDir = tempFolder();
  const letterAnswers: (string | null)[] = [];
  const saveAnswers: string[] = [];
  const openAnswers: string[] = [];
  const app = createAppServices({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: {} as never,
    printer: {} as never,
    systemLanguage: () => 'en-GB',
    dialogs: {
      showOpenLetter: async () => letterAnswers.shift() ?? null,
      showOpenCampaign: async () => openAnswers.shift() ?? null,
      showSave: async (_name, _format) => path.join(outputDir, saveAnswers.shift() ?? 'out.appeal'),
      showOpenMemberList: async () => null,
      showSaveMemberList: async () => null,
      showChooseFolder: async () => null,
    },
  });
  return { app, userDataDir, outputDir, letterAnswers, saveAnswers };
}

/** A draft filled in as a coordinator would type it, in English and French. */
function typed(draft: Draft): Draft {
  return {
    ...draft,
    campaign: {
      ...draft.campaign,
      publisher: 'ACAT-Switzerland',
      recipient: { role: 'minister', gender: 'female', name: 'Ana Pérez', address: ['Ministry of Justice', 'Calle Mayor 1', '', '28001 Madrid', 'Spain'] },
      copies: [{ role: 'ambassador', gender: 'male', name: 'Juan Ruiz', address: ['Embassy of Spain', 'Kalcheggweg 24', '3006 Bern'] }],
      languages: {
        en: { title: 'Free the journalists', subject: '', body: 'As a {{member|supporter}} I ask you to act.', footer: '' },
        fr: { title: 'Libérez les journalistes', body: 'En tant que {{membre|sympathisant}}, je vous prie d’agir.' },
      },
    },
  };
}

describe('drafts and publishing', () => {
  it('publishes a typed draft as a campaign the member can write; a change publishes the next revision, no change none', async () => {
    const { app } = openServices();
    const draft = await app.newDraft({ from: { kind: 'blank' } });
    expect(Object.keys(draft.campaign.languages)).toEqual(['en']);
    expect(draft.campaign.publisher).toBe('ACAT-Switzerland'); // the publisher of the newest campaign

    await app.saveDraft({ draft: typed(draft) });
    const first = await app.publishDraft({ id: draft.id });
    expect(first).toMatchObject({ ok: true, revision: 1 });
    if (!first.ok) return;
    const campaign = await app.getCampaign({ id: first.campaignId });
    expect(campaign.languages.en?.body).toBe('As a {{member|supporter}} I ask you to act.');
    // Empty optional texts and blank address lines are left out, not printed as empty lines.
    expect(campaign.languages.en).not.toHaveProperty('subject');
    expect(campaign.recipient.address).toEqual(['Ministry of Justice', 'Calle Mayor 1', '28001 Madrid', 'Spain']);
    expect((await app.listCampaigns(undefined)).map((c) => c.id)).toContain(first.campaignId);

    const again = await app.publishDraft({ id: draft.id });
    expect(again).toMatchObject({ ok: true, campaignId: first.campaignId, revision: 1 });

    const edited = await app.getDraft({ id: draft.id });
    expect(edited.origin).toEqual({ kind: 'edit', campaignId: first.campaignId });
    edited.campaign.languages.en = { ...edited.campaign.languages.en!, body: 'Please act now.' };
    await app.saveDraft({ draft: edited });
    expect(await app.publishDraft({ id: draft.id })).toMatchObject({ ok: true, campaignId: first.campaignId, revision: 2 });
    expect((await app.getCampaign({ id: first.campaignId })).languages.en?.body).toBe('Please act now.');
  });

  it('says in the UI language what is missing before a draft can be published, and publishes nothing', async () => {
    const { app } = openServices();
    await app.saveSettings({ ...(await app.getSettings(undefined)), uiLanguage: 'fr' });
    const before = (await app.listCampaigns(undefined)).length;
    const draft = await app.newDraft({ from: { kind: 'blank' } });
    const result = await app.publishDraft({ id: draft.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^La campagne ne peut pas encore être enregistrée : /);
    expect(result.message).not.toMatch(/\{\{|undefined/);
    expect((await app.listCampaigns(undefined)).length).toBe(before);
  });

  it('copies a bundled campaign under a new id and never replaces it, even when asked to edit it', async () => {
    const { app } = openServices();
    const copy = await app.newDraft({ from: { kind: 'edit', campaignId: BUNDLED_ID } });
    expect(copy.origin).toEqual({ kind: 'copy', campaignId: BUNDLED_ID });
    copy.campaign.languages.en = { ...copy.campaign.languages.en!, title: 'Nagorno-Karabakh, our group’s version' };
    await app.saveDraft({ draft: copy });
    const published = await app.publishDraft({ id: copy.id });
    expect(published).toMatchObject({ ok: true, revision: 1 });
    if (!published.ok) return;
    expect(published.campaignId).not.toBe(BUNDLED_ID);
    expect(published.campaignId).toMatch(/^[a-z0-9][a-z0-9-]{2,80}$/);
    expect(await app.getCampaign({ id: BUNDLED_ID })).toEqual(bundledCampaign());
    // A second copy of the same campaign and title gets an id of its own.
    const second = await app.newDraft({ from: { kind: 'copy', campaignId: BUNDLED_ID } });
    second.campaign.languages.en = { ...second.campaign.languages.en!, title: 'Nagorno-Karabakh, our group’s version' };
    await app.saveDraft({ draft: second });
    const secondPublished = await app.publishDraft({ id: second.id });
    expect(secondPublished.ok && secondPublished.campaignId).not.toBe(published.campaignId);
  });

  it('keeps drafts across a restart, and a damaged draft file falls back to the save before it', async () => {
    const first = openServices();
    const draft = await first.app.newDraft({ from: { kind: 'blank' } });
    const filled = typed(draft);
    await first.app.saveDraft({ draft: filled });
    await first.app.saveDraft({ draft: { ...filled, place: { section: 'text', language: 'fr' } } });

    const restarted = openServices(first.userDataDir);
    expect((await restarted.app.listDrafts(undefined)).map((d) => [d.id, d.title])).toEqual([[draft.id, 'Free the journalists']]);
    const reopened = await restarted.app.getDraft({ id: draft.id });
    expect(reopened.campaign.languages.fr?.body).toBe(filled.campaign.languages.fr?.body);
    expect(reopened.place).toEqual({ section: 'text', language: 'fr' });

    const file = path.join(first.userDataDir, 'drafts', `${draft.id}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    const afterDamage = openServices(first.userDataDir);
    expect((await afterDamage.app.getDraft({ id: draft.id })).campaign.languages.en?.title).toBe('Free the journalists');
    expect(readdirSync(path.join(first.userDataDir, 'drafts')).some((name) => name.includes('.damaged-'))).toBe(true);

    await afterDamage.app.deleteDraft({ id: draft.id });
    expect(await afterDamage.app.listDrafts(undefined)).toEqual([]);
  });

  it('shares a published campaign as a file another copy of the app imports, and a changed one as an update', async () => {
    const author = openServices();
    const draft = await author.app.newDraft({ from: { kind: 'blank' } });
    await author.app.saveDraft({ draft: typed(draft) });
    const published = await author.app.publishDraft({ id: draft.id });
    if (!published.ok) throw new Error(published.message);
    author.saveAnswers.push('shared.appeal');
    expect(await author.app.exportCampaigns({ ids: [published.campaignId] })).toEqual({ status: 'saved', fileName: 'shared.appeal' });

    const member = openServices();
    const contents = readFileSync(path.join(author.outputDir, 'shared.appeal'), 'utf8');
    const preview = await member.app.previewImport({ fileName: 'shared.appeal', contents });
    expect(preview).toMatchObject({ ok: true, added: [{ id: published.campaignId }] });
    if (!preview.ok) return;
    await member.app.confirmImport({ token: preview.token, trusted: false });
    expect(await member.app.getCampaign({ id: published.campaignId })).toEqual(await author.app.getCampaign({ id: published.campaignId }));

    const edited = await author.app.getDraft({ id: draft.id });
    edited.campaign.recipient = { ...edited.campaign.recipient, address: ['Ministry of Justice', 'Calle Nueva 2', '28002 Madrid', 'Spain'] };
    await author.app.saveDraft({ draft: edited });
    await author.app.publishDraft({ id: draft.id });
    author.saveAnswers.push('update.appeal');
    await author.app.exportCampaigns({ ids: [published.campaignId] });
    const update = await member.app.previewImport({ fileName: 'update.appeal', contents: readFileSync(path.join(author.outputDir, 'update.appeal'), 'utf8') });
    expect(update).toMatchObject({ ok: true, updated: [{ id: published.campaignId, from: 1, to: 2 }] });
  });
});

describe('drafts from a letter', () => {
  it('reads the seed letter from a file into a draft: recipient, copy to the embassy, body and the recognition report', async () => {
    const { app, letterAnswers } = openServices();
    letterAnswers.push(SEED_LETTER);
    const result = await app.draftFromLetter({ source: { kind: 'file' }, language: 'en' });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    const { campaign, recognition, origin } = result.draft;
    expect(origin).toEqual({ kind: 'letter' });
    expect(campaign.recipient).toMatchObject({ role: 'head-of-state', gender: 'male', name: 'Ilham Aliyev' });
    expect(campaign.copies?.[0]).toMatchObject({ role: 'ambassador', gender: 'female', name: 'Hanum Ibrahimova' });
    expect(campaign.languages.en?.body).toMatch(/^As a \{\{member\|supporter\}\} of ACAT-Switzerland/);
    expect(recognition.en?.fileName).toBe(path.basename(SEED_LETTER));
    expect(recognition.en?.parts.map((p) => p.part)).toEqual(expect.arrayContaining(['recipient', 'salutation', 'body', 'closing', 'copies']));
    // The draft is saved at once: a crash right after reading loses nothing.
    expect((await app.listDrafts(undefined)).map((d) => d.id)).toEqual([result.draft.id]);
  });

  it('a cancelled dialog makes nothing; an empty file is refused in words and makes no draft', async () => {
    const { app, letterAnswers } = openServices();
    letterAnswers.push(null);
    expect(await app.draftFromLetter({ source: { kind: 'file' } })).toBeNull();
    const empty = path.join(tempFolder(), 'empty.txt');
    writeFileSync(empty, '');
    letterAnswers.push(empty);
    const refused = await app.draftFromLetter({ source: { kind: 'file' } });
    expect(refused).toMatchObject({ ok: false, fileName: 'empty.txt' });
    expect(refused?.ok === false && refused.message).toMatch(/\w+ \w+ \w+/);
    expect(await app.listDrafts(undefined)).toEqual([]);
  });

  it('refuses a text far longer than a letter in words instead of cutting it off', async () => {
    const { app } = openServices();
    const paragraph = 'I ask you to release the prisoners of conscience without delay. '.repeat(20);
    const text = `Dear Mr. President,\n\n${Array.from({ length: 60 }, () => paragraph).join('\n\n')}\n\nYours respectfully,`;
    const refused = await app.draftFromLetter({ source: { kind: 'text', text }, language: 'en' });
    expect(refused).toMatchObject({ ok: false, fileName: '' });
    expect(refused?.ok === false && refused.message).toMatch(/over 64 KB/);
    expect(await app.listDrafts(undefined)).toEqual([]);
  });

  it('adds a second language from pasted text and says when its letter goes to someone else', async () => {
    const { app } = openServices();
    const made = await app.draftFromLetter({ source: { kind: 'text', text: readFileSync(SEED_LETTER, 'utf8') }, language: 'en' });
    if (!made?.ok) throw new Error('not read');
    const sameRecipient = [
      'Monsieur Ilham Aliyev',
      'Président de la République d’Azerbaïdjan',
      'Palais présidentiel',
      'Istiqlaliyyat Street 19',
      '1066 Bakou',
      'Azerbaïdjan',
      '',
      'Monsieur le Président,',
      '',
      'En tant que membre de l’ACAT-Suisse, je vous écris au sujet de la population arménienne du Haut-Karabakh.',
      '',
      "Veuillez agréer, Monsieur le Président, l'expression de ma très haute considération.",
    ].join('\n');
    const added = await app.addLetterLanguage({ id: made.draft.id, source: { kind: 'text', text: sameRecipient }, language: 'fr' });
    expect(added).toMatchObject({ ok: true, recipientDifferences: [] });
    if (!added?.ok) return;
    expect(added.draft.campaign.languages.fr?.body).toMatch(/^En tant que membre de l’ACAT-Suisse/);
    expect(added.draft.campaign.recipient.name).toBe('Ilham Aliyev');

    const other = sameRecipient.replace('Monsieur Ilham Aliyev', 'Madame Sahiba Gafarova').replace('Président de la République', 'Présidente du Parlement').replace(/Monsieur le Président/g, 'Madame la Présidente');
    const differs = await app.addLetterLanguage({ id: made.draft.id, source: { kind: 'text', text: other }, language: 'fr' });
    expect(differs?.ok && differs.recipientDifferences).toEqual(expect.arrayContaining(['name', 'gender']));
    // The draft's recipient stays as it was: the coordinator decides.
    expect(differs?.ok && differs.draft.campaign.recipient.name).toBe('Ilham Aliyev');
  });
});
