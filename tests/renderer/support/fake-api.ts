import type { AppApi, CampaignSummary, FileOpenedEvent, ImportPreview, Settings } from '../../../shared/api/contract';
import type { Campaign } from '../../../shared/campaign/schema';
import { EMPTY_PROFILE } from '../../../shared/letter/empty-profile';
import type { SenderProfile } from '../../../shared/letter/options';

/**
 * An in-memory AppApi over plain arrays, for component tests only: it records what the
 * renderer asked for, so tests can check what was saved, printed or imported.
 */
export class FakeApi implements AppApi {
  campaigns: Campaign[] = [];
  archived = new Set<string>();
  profile: SenderProfile = { ...EMPTY_PROFILE };
  settings: Settings = { theme: 'standard', zoom: 1 };
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

  reset(campaigns: Campaign[]): void {
    this.campaigns = campaigns;
    this.archived = new Set();
    this.profile = { ...EMPTY_PROFILE };
    this.settings = { theme: 'standard', zoom: 1 };
    this.savedProfiles = [];
    this.savedSettings = [];
    this.nextPreview = null;
    this.pendingImport = [];
    this.confirmedTokens = [];
    this.previewedFiles = [];
    this.exports = [];
    this.prints = [];
  }

  listCampaigns = async (): Promise<CampaignSummary[]> =>
    this.campaigns.map((c) => ({
      id: c.id,
      revision: c.revision ?? 1,
      bundled: false,
      archived: this.archived.has(c.id),
      publisher: c.publisher,
      published: c.published,
      deadline: c.deadline,
      country: c.country,
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
    this.settings = { theme: 'standard', zoom: 1, ...settings };
    this.savedSettings.push(this.settings);
  };

  exportLetter: AppApi['exportLetter'] = async (request) => {
    this.exports.push(request);
    return { status: 'saved', fileName: `appeal-${request.options.campaignId}.${request.format}` };
  };
  printLetter: AppApi['printLetter'] = async (request) => {
    this.prints.push(request);
    return { status: 'printed' };
  };
}

export const fakeApi = new FakeApi();
