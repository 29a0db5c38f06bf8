import type { AppApi, Draft, FromLetterResult, PublishResult } from '../../../shared/api/contract';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import type { Campaign } from '../../../shared/campaign/schema';
import { FakeBatchApi } from './fake-batch-api';

type DraftApi = Pick<
  AppApi,
  'listDrafts' | 'getDraft' | 'newDraft' | 'draftFromLetter' | 'addLetterLanguage' | 'saveDraft' | 'deleteDraft' | 'publishDraft'
>;

/** A draft id as main makes them (a UUID): the contract refuses anything else. */
export function draftId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** An empty campaign as main starts one ("Start empty"). */
export function blankCampaign(): CampaignDraft {
  return {
    format: 'appeal-letters/campaign',
    formatVersion: 1,
    id: '',
    revision: 1,
    publisher: 'ACAT-Switzerland',
    published: '2026-03-01',
    recipient: { role: 'head-of-state', gender: 'unspecified', name: '', address: [] },
    copies: [],
    languages: { en: { title: '', body: '' } },
  };
}

export function makeDraft(id: string, campaign: CampaignDraft, rest: Partial<Draft> = {}): Draft {
  return { id, updated: '2026-03-01T10:00:00.000Z', origin: { kind: 'blank' }, campaign, recognition: {}, ...rest };
}

/**
 * The drafts area of the in-memory fake API: drafts in a map, every call recorded, and what
 * reading a letter or publishing answers set by the test.
 */
export class FakeDraftApi extends FakeBatchApi implements DraftApi {
  /** The member's campaigns (FakeApi's list): copies are made from them, publishing adds to them. */
  campaigns: Campaign[] = [];
  drafts = new Map<string, Draft>();
  /** Every draft saveDraft was given, in order. */
  savedDrafts: Draft[] = [];
  /** What the next saveDraft answers instead of success. */
  nextSaveFailure: string | null = null;
  newDraftRequests: Parameters<AppApi['newDraft']>[0][] = [];
  fromLetterRequests: Parameters<AppApi['draftFromLetter']>[0][] = [];
  /** What draftFromLetter / addLetterLanguage answer (null: the file dialog was cancelled). */
  nextFromLetter: FromLetterResult | null = null;
  addLanguageRequests: Parameters<AppApi['addLetterLanguage']>[0][] = [];
  nextAddLanguage: FromLetterResult | null = null;
  publishedIds: string[] = [];
  /** What the next publishDraft answers instead of success. */
  nextPublish: PublishResult | null = null;
  private draftCount = 0;

  resetDrafts(): void {
    this.drafts = new Map();
    this.savedDrafts = [];
    this.nextSaveFailure = null;
    this.newDraftRequests = [];
    this.fromLetterRequests = [];
    this.nextFromLetter = null;
    this.addLanguageRequests = [];
    this.nextAddLanguage = null;
    this.publishedIds = [];
    this.nextPublish = null;
    this.draftCount = 0;
  }

  /** A draft as if main had saved it before the test began. */
  addDraft(draft: Draft): Draft {
    this.drafts.set(draft.id, structuredClone(draft));
    return draft;
  }

  listDrafts: AppApi['listDrafts'] = async () =>
    [...this.drafts.values()].map((d) => ({
      id: d.id,
      title: Object.values(d.campaign.languages).find((text) => text.title.trim())?.title ?? '',
      updated: d.updated,
      origin: d.origin,
    }));

  getDraft: AppApi['getDraft'] = async ({ id }) => {
    const draft = this.drafts.get(id);
    if (!draft) throw new Error(`no draft ${id}`);
    return structuredClone(draft);
  };

  newDraft: AppApi['newDraft'] = async (input) => {
    this.newDraftRequests.push(input);
    const id = draftId(++this.draftCount);
    const { from } = input;
    if (from.kind === 'blank') return this.addDraft(makeDraft(id, blankCampaign()));
    const campaign = this.campaigns.find((c) => c.id === from.campaignId);
    if (!campaign) throw new Error(`no campaign ${from.campaignId}`);
    const copy = structuredClone(campaign) as CampaignDraft;
    return this.addDraft(makeDraft(id, from.kind === 'copy' ? { ...copy, id: '' } : copy, { origin: from }));
  };

  draftFromLetter: AppApi['draftFromLetter'] = async (input) => {
    this.fromLetterRequests.push(input);
    const result = this.nextFromLetter;
    if (result?.ok) this.addDraft(result.draft);
    return result;
  };

  addLetterLanguage: AppApi['addLetterLanguage'] = async (input) => {
    this.addLanguageRequests.push(input);
    const result = this.nextAddLanguage;
    if (result?.ok) this.addDraft(result.draft);
    return result;
  };

  saveDraft: AppApi['saveDraft'] = async ({ draft }) => {
    const saved = structuredClone(draft) as Draft;
    this.savedDrafts.push(saved);
    if (this.nextSaveFailure) return { ok: false, message: this.nextSaveFailure };
    this.drafts.set(saved.id, saved);
    return { ok: true, updated: '2026-03-01T10:05:00.000Z' };
  };

  deleteDraft: AppApi['deleteDraft'] = async ({ id }) => {
    this.drafts.delete(id);
    return { ok: true };
  };

  /** Puts the saved draft among the campaigns (the checks are main's), and the draft now edits it. */
  publishDraft: AppApi['publishDraft'] = async ({ id }) => {
    this.publishedIds.push(id);
    if (this.nextPublish) return this.nextPublish;
    const draft = this.drafts.get(id);
    if (!draft) return { ok: false, message: 'This draft no longer exists.' };
    const campaignId = draft.campaign.id || `published-${this.publishedIds.length}`;
    const previous = this.campaigns.find((c) => c.id === campaignId);
    const revision = previous ? (previous.revision ?? 1) + 1 : 1;
    const campaign = { ...structuredClone(draft.campaign), id: campaignId, revision } as Campaign;
    this.campaigns = [...this.campaigns.filter((c) => c.id !== campaignId), campaign];
    this.drafts.set(id, { ...draft, campaign: structuredClone(campaign) as CampaignDraft, origin: { kind: 'edit', campaignId } });
    return { ok: true, campaignId, revision };
  };
}
