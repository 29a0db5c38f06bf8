import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices, SaveResult } from '../../shared/api/contract';
import type { Campaign } from '../../shared/campaign/schema';
import { composeWithCopies } from '../../shared/letter/compose';
import type { LetterDocument } from '../../shared/letter/model';
import type { LetterOptions, SenderProfile } from '../../shared/letter/options';
import { writeDocx } from '../export/docx-writer';
import type { PdfEngine } from '../export/pdf-engine';
import { writeFileAtomic } from '../export/write-atomic';
import { suggestedFileName } from '../export/file-names';
import { CampaignLibrary } from './campaign-library';
import { openStoreKeepingCorrupt, type StoreFactory } from './json-store';
import { ProfileService } from './profile-service';
import { describeProblemIn } from './problem-text';
import type { Dialogs, Printer } from './ports';

export interface AppServiceDeps {
  /** Electron's userData folder (a temp folder in tests): library, profile and settings. */
  userDataDir: string;
  /** The read-only resources: bundled campaigns and fonts. */
  resourcesDir: string;
  createStore: StoreFactory;
  pdfEngine: PdfEngine;
  printer: Printer;
  dialogs: Dialogs;
}

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Everything the renderer may ask of main, as plain services. The IPC layer (and, in the
 * end-to-end tests, the Chromium binding) calls these with inputs already validated against
 * shared/api/contract.ts.
 */
export function createAppServices(deps: AppServiceDeps): AppServices {
  const storeProblems: { store: string; keptAs: string }[] = [];
  const keep = (p: { store: string; keptAs: string }) => storeProblems.push(p);
  const profiles = new ProfileService(
    openStoreKeepingCorrupt(deps.createStore, 'profile', deps.userDataDir, keep),
    openStoreKeepingCorrupt(deps.createStore, 'settings', deps.userDataDir, keep),
  );
  const uiLanguage = () => profiles.getSettings().uiLanguage ?? 'en';
  const library = new CampaignLibrary({
    dataDir: path.join(deps.userDataDir, 'campaigns'),
    bundledDir: path.join(deps.resourcesDir, 'campaigns'),
    describe: (problem) => describeProblemIn(uiLanguage())(problem),
    preferredLanguage: uiLanguage,
  });
  const fontDir = path.join(deps.resourcesDir, 'fonts');

  function campaignOrThrow(id: string): Campaign {
    const campaign = library.get(id);
    if (!campaign) throw new Error('This campaign is no longer in the library.');
    return campaign;
  }

  function compose(options: LetterOptions, profile: SenderProfile, withCopies: boolean): LetterDocument[] {
    return composeWithCopies({ campaign: campaignOrThrow(options.campaignId), options, profile }, withCopies);
  }

  return {
    listCampaigns: async () => library.list(),
    getCampaign: async ({ id }) => campaignOrThrow(id),
    chooseImportFile: async () => {
      const file = await deps.dialogs.showOpenCampaign();
      if (!file) return null;
      const fileName = path.basename(file);
      const size = (await stat(file)).size;
      // Checked before reading: a huge file picked by mistake must not fill the memory. The library
      // sees a stand-in one byte over the limit and reports the size in its own words.
      if (size > MAX_IMPORT_BYTES) return library.previewImport(new Uint8Array(MAX_IMPORT_BYTES + 1), fileName);
      return library.previewImport(await readFile(file), fileName);
    },
    previewImport: async ({ fileName, contents }) => library.previewImport(new TextEncoder().encode(contents), fileName),
    confirmImport: async ({ token }) => library.confirmImport(token),
    getProfile: async () => profiles.getProfile(),
    saveProfile: async (profile) => profiles.saveProfile(profile),
    getSettings: async () => profiles.getSettings(),
    saveSettings: async (settings) => profiles.saveSettings(settings),
    exportLetter: async ({ options, profile, withCopies, format }): Promise<SaveResult> => {
      const letters = compose(options, profile, withCopies);
      const campaign = campaignOrThrow(options.campaignId);
      const target = await deps.dialogs.showSave(suggestedFileName(campaign, profile, format), format);
      if (!target) return { status: 'cancelled' };
      try {
        const bytes = format === 'pdf' ? await deps.pdfEngine.lettersToPdf(letters) : await writeDocx(letters, { fontDir });
        await writeFileAtomic(target, bytes);
        return { status: 'saved', fileName: path.basename(target) };
      } catch (error) {
        return { status: 'failed', message: plainFailure(error) };
      }
    },
    printLetter: async ({ options, profile, withCopies }) => {
      const outcome = await deps.printer.printLetters(compose(options, profile, withCopies));
      if (outcome === 'printed' || outcome === 'cancelled') return { status: outcome };
      return { status: 'failed', message: outcome.failed };
    },
  };
}

function plainFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'write-permission';
  if (code === 'ENOSPC') return 'disk-full';
  return 'write-failed';
}
