import path from 'node:path';
import type { AppServices, JobProgressEvent } from '../../shared/api/contract';
import type { PdfEngine } from '../export/pdf-engine';
import { Jobs } from './batch/jobs';
import { CampaignLibrary } from './campaign-library';
import { openStoreKeepingCorrupt, type StoreFactory } from './json-store';
import { describeProblemIn } from './problem-text';
import { ProfileService } from './profile-service';
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
  /** The system's language (BCP 47), for messages before the member has picked a UI language. */
  systemLanguage: () => string;
  /** Pushes an event to the main window (the app: webContents.send; tests: a page function). */
  notify?: (event: { kind: 'jobProgress'; payload: JobProgressEvent }) => void;
}

/** What every area's services share: the platform seams and the long-lived stores. */
export interface ServiceContext {
  deps: AppServiceDeps;
  library: CampaignLibrary;
  profiles: ProfileService;
  fontDir: string;
  /** Files kept aside at start-up because they could not be read (never silently reset). */
  storeProblems: { store: string; keptAs: string }[];
  uiLanguage(): string;
  /** Long jobs (a group's letters, foyer sheets): one registry, so one Stop reaches any of them. */
  jobs: Jobs;
}

/** The services of one area of the contract (see shared/api/operations/). */
export type ServicesFor<Operations> = Pick<AppServices, keyof Operations & keyof AppServices>;

export function createServiceContext(deps: AppServiceDeps): ServiceContext {
  const storeProblems: ServiceContext['storeProblems'] = [];
  const keep = (p: { store: string; keptAs: string }) => storeProblems.push(p);
  const profiles = new ProfileService(
    openStoreKeepingCorrupt(deps.createStore, 'profile', deps.userDataDir, keep),
    openStoreKeepingCorrupt(deps.createStore, 'settings', deps.userDataDir, keep),
  );
  const uiLanguage = () => profiles.getSettings().uiLanguage ?? deps.systemLanguage().toLowerCase().split('-')[0] ?? 'en';
  const library = new CampaignLibrary({
    dataDir: path.join(deps.userDataDir, 'campaigns'),
    bundledDir: path.join(deps.resourcesDir, 'campaigns'),
    describe: (problem) => describeProblemIn(uiLanguage())(problem),
    preferredLanguage: uiLanguage,
  });
  const jobs = new Jobs((payload) => deps.notify?.({ kind: 'jobProgress', payload }));
  return { deps, library, profiles, fontDir: path.join(deps.resourcesDir, 'fonts'), storeProblems, uiLanguage, jobs };
}
