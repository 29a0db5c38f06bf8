import type { AppApi, CampaignSummary, FileOpenedEvent, ImportPreview, MenuCommand, Settings } from '../../../shared/api/contract';
import type { Campaign } from '../../../shared/campaign/schema';
import { EMPTY_PROFILE } from '../../../shared/letter/empty-profile';
import type { SenderProfile } from '../../../shared/letter/options';
import { FakeDraftApi } from './fake-draft-api';

/** A first start: nothing chosen yet, the welcome not yet read. */
const DEFAULT_SETTINGS: Settings = { theme: 'standard', zoom: 1, welcomeSeen: false, sharedComputer: false };

/**
 * An in-memory AppApi over plain arrays, for component tests only: it records what the
 * renderer asked for, so tests can check what was saved, printed or imported.
 */
export class FakeApi extends FakeDraftApi implements AppApi {
  override campaigns: Campaign[] = [];
  archived = new Set<string>();
  profile: SenderProfile = { ...EMPTY_PROFILE };
  settings: Settings = { ...DEFAULT_SETTINGS };
  savedProfiles: SenderProfile[] = [];
  savedSettings: Settings[] = [];
  /** What the next preview returns (chooseImportFile/previewImport). */
  nextPreview: ImportPreview | null = null;
  /** Campaigns added by confirmImport. */
  pendingImport: Campaign[] = [];
  confirmedTokens: string[] = [];
  previewedFiles: { fileName: string; contents: string }[] = [];
  fileListeners: ((file: FileOpenedEvent) => void)[] = [];
  exports: Parameters<AppApi['exportLetter']>[0][] = [];
  prints: Parameters<AppApi['printLetter']>[0][] = [];
  /** Campaigns that come with the app: they cannot be deleted. */
  bundled = new Set<string>();
  /** Deleted campaigns, for undo. */
  deleted: Campaign[] = [];
  /** What libraryProblems() returns (sentences, as main words them). */
  startupProblems: string[] = [];
  /** The ids of each exportCampaigns call, and what the next one returns. */
  exportedIds: string[][] = [];
  nextExport: Awaited<ReturnType<AppApi['exportCampaigns']>> = { status: 'saved', fileName: 'campaigns.appeal' };

  reset(campaigns: Campaign[]): void {
    this.resetBatch();
    this.resetDrafts();
    this.campaigns = campaigns;
    this.archived = new Set();
    this.profile = { ...EMPTY_PROFILE };
    this.settings = { ...DEFAULT_SETTINGS };
    this.savedProfiles = [];
    this.savedSettings = [];
    this.nextPreview = null;
    this.pendingImport = [];
    this.confirmedTokens = [];
    this.previewedFiles = [];
    this.exports = [];
    this.prints = [];
    this.bundled = new Set();
    this.deleted = [];
    this.startupProblems = [];
    this.exportedIds = [];
    this.nextExport = { status: 'saved', fileName: 'campaigns.appeal' };
  }

  listCampaigns = async (): Promise<CampaignSummary[]> =>
    this.campaigns.map((c) => ({
      id: c.id,
      revision: c.revision ?? 1,
      bundled: this.bundled.has(c.id),
      archived: this.archived.has(c.id),
      publisher: c.publisher,
      published: c.published,
      deadline: c.deadline,
      country: c.country,
      countryCode: c.countryCode,
      titles: Object.fromEntries(Object.entries(c.languages).map(([lang, text]) => [lang, text.title])),
      languages: Object.keys(c.languages),
    }));

  getCampaign = async ({ id }: { id: string }): Promise<Campaign> => {
    const found = this.campaigns.find((c) => c.id === id);
    if (!found) throw new Error(`no campaign ${id}`);
    return found;
  };

  chooseImportFile = async () => this.nextPreview;
  previewImport = async (input: { fileName: string; contents: string }) => {
    this.previewedFiles.push(input);
    if (!this.nextPreview) throw new Error('no preview prepared');
    return this.nextPreview;
  };
  confirmImport = async ({ token }: { token: string }) => {
    this.confirmedTokens.push(token);
    this.campaigns.push(...this.pendingImport);
    return this.pendingImport.map((c) => c.id);
  };

  archiveCampaign: AppApi['archiveCampaign'] = async ({ id, archived }) => {
    if (!this.campaigns.some((c) => c.id === id)) return { ok: false, message: 'This campaign is no longer in your list.' };
    if (archived) this.archived.add(id);
    else this.archived.delete(id);
    return { ok: true };
  };
  removeCampaign: AppApi['removeCampaign'] = async ({ id }) => {
    if (this.bundled.has(id)) {
      return { ok: false, message: 'This campaign comes with the app and cannot be deleted. You can archive it instead.' };
    }
    const found = this.campaigns.find((c) => c.id === id);
    if (!found) return { ok: false, message: 'This campaign is no longer in your list.' };
    this.campaigns = this.campaigns.filter((c) => c !== found);
    this.deleted.unshift(found);
    return { ok: true };
  };
  undoRemoveCampaign: AppApi['undoRemoveCampaign'] = async ({ id }) => {
    const found = this.deleted.find((c) => c.id === id);
    if (!found) return { ok: false, message: 'There is no deleted campaign to bring back.' };
    this.deleted = this.deleted.filter((c) => c !== found);
    this.campaigns.push(found);
    return { ok: true };
  };
  exportCampaigns: AppApi['exportCampaigns'] = async ({ ids }) => {
    this.exportedIds.push(ids);
    return this.nextExport;
  };
  libraryProblems = async () => [...this.startupProblems];

  onFileOpened = (callback: (file: FileOpenedEvent) => void) => {
    this.fileListeners.push(callback);
    return () => {
      this.fileListeners = this.fileListeners.filter((listener) => listener !== callback);
    };
  };
  /** What main does when a `.appeal` file is opened with the app. */
  openFile(file: FileOpenedEvent): void {
    for (const listener of this.fileListeners) listener(file);
  }

  getProfile = async () => ({ ...this.profile });
  saveProfile = async (profile: Parameters<AppApi['saveProfile']>[0]) => {
    this.profile = { ...EMPTY_PROFILE, ...profile };
    this.savedProfiles.push(this.profile);
  };
  getSettings = async () => ({ ...this.settings });
  saveSettings = async (settings: Parameters<AppApi['saveSettings']>[0]) => {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.savedSettings.push(this.settings);
  };
  /** "Your data" in Settings; tests spy on these to see what was deleted. */
  deletePrintLog: AppApi['deletePrintLog'] = async () => ({ ok: true });
  deleteAllData: AppApi['deleteAllData'] = async () => {
    this.profile = { ...EMPTY_PROFILE };
    this.settings = { ...DEFAULT_SETTINGS };
    return { ok: true };
  };

  exportLetter: AppApi['exportLetter'] = async (request) => {
    this.exports.push(request);
    return { status: 'saved', fileName: `appeal-${request.options.campaignId}.${request.format}` };
  };
  printLetter: AppApi['printLetter'] = async (request) => {
    this.prints.push(request);
    return { status: 'printed' };
  };

  menuListeners: ((command: MenuCommand) => void)[] = [];
  onMenuCommand = (callback: (command: MenuCommand) => void) => {
    this.menuListeners.push(callback);
    return () => {
      this.menuListeners = this.menuListeners.filter((c) => c !== callback);
    };
  };

  /** Envelope and label jobs, recorded. */
  envelopeRequests: { name: string; input: unknown }[] = [];

  async printEnvelopes(input: Parameters<AppApi['printEnvelopes']>[0]) {
    this.envelopeRequests.push({ name: 'printEnvelopes', input });
    return { status: 'printed' } as const;
  }

  async exportEnvelopesPdf(input: Parameters<AppApi['exportEnvelopesPdf']>[0]) {
    this.envelopeRequests.push({ name: 'exportEnvelopesPdf', input });
    return { status: 'saved', fileName: 'Envelopes.pdf' } as const;
  }

  async exportLabelsPdf(input: Parameters<AppApi['exportLabelsPdf']>[0]) {
    this.envelopeRequests.push({ name: 'exportLabelsPdf', input });
    return { status: 'saved', fileName: 'Address labels.pdf' } as const;
  }

  /** Test pages, recorded with the layout they showed. */
  testPages: { name: string; input: Parameters<AppApi['printTestPage']>[0] }[] = [];

  async printTestPage(input: Parameters<AppApi['printTestPage']>[0]) {
    this.testPages.push({ name: 'printTestPage', input });
    return { status: 'printed' } as const;
  }

  async exportTestPagePdf(input: Parameters<AppApi['exportTestPagePdf']>[0]) {
    this.testPages.push({ name: 'exportTestPagePdf', input });
    return { status: 'saved', fileName: 'Test page.pdf' } as const;
  }

  /** Letter afternoons: foyer runs recorded; no letters sent until a test says so. */
  foyerRuns: Parameters<AppApi['runFoyer']>[0][] = [];
  lettersSent: Awaited<ReturnType<AppApi['lettersSentInYear']>> = { year: 2026, letters: 0, campaigns: [] };
  runFoyer: AppApi['runFoyer'] = async (input) => {
    this.foyerRuns.push(input);
    return { status: 'printed', letters: input.counts.reduce((sum, c) => sum + c.count, 0) };
  };
  mailingSummary: AppApi['mailingSummary'] = async () => ({ letters: 0, destinations: [], stamps: [], totalChf: 0 });
  outputMailingSummary: AppApi['outputMailingSummary'] = async () => ({ status: 'printed', letters: 1 });
  getPostagePrices: AppApi['getPostagePrices'] = async () => ({ home: 1.2, abroad: 2.5, byRegion: {} });
  savePostagePrices: AppApi['savePostagePrices'] = async () => {};
  lettersSentInYear: AppApi['lettersSentInYear'] = async () => this.lettersSent;
  exportLettersSentCsv: AppApi['exportLettersSentCsv'] = async () => ({ status: 'saved', fileName: 'Letters 2026.csv' });
}
export const fakeApi = new FakeApi();
