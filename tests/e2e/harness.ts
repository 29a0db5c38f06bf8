import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { Browser, Frame, Page } from 'playwright-core';
import { operationNames, type AppServices } from '../../shared/api/contract';
import { createOperationHandler } from '../../main/ipc/operation-handler';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { HEADLESS_ORIGIN, serveRenderer } from '../../main/export/serve-renderer';
import { launchChromium } from '../../main/export/chromium-launch';
import { createAppServices } from '../../main/services/app-services';
import type { PrintOutcome } from '../../main/services/ports';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintJob } from '../../shared/letter/print-page';
import { BUILT_RENDERER_DIR, RESOURCES_DIR } from '../../main/paths';

/** Who called a binding: Playwright's counterpart of Electron's IPC event. */
type BindingSource = { frame: Frame };

/**
 * The app without Electron: the real built renderer in Debian's Chromium, and the contract bound
 * to the real main-process services (real files in a temp profile folder). Only the transport
 * differs from the desktop app: a Playwright binding instead of IPC, with the same zod check of
 * every payload. Native dialogs and the system print dialog — Electron's part — are the seams.
 */
export interface AppHarness {
  page: Page;
  userDataDir: string;
  outputDir: string;
  /** Requests that tried to leave the app (there must be none). */
  refusedRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
  /** Answers the next save dialogs with these file names (in outputDir). */
  answerSaveDialogs(...fileNames: string[]): void;
  answerOpenDialog(filePath: string | null): void;
  /** Answers the next member-list open dialog with this path (null: cancelled). */
  answerMemberListDialog(filePath: string | null): void;
  /** Answers the next letter open dialog (New campaign → from a letter) with this path (null: cancelled). */
  answerLetterDialog(filePath: string | null): void;
  /** Answers the next folder dialog with this folder (null: cancelled). */
  answerFolderDialog(folder: string | null): void;
  printed: LetterDocument[][];
  printedJobs: PrintJob[];
  close(): Promise<void>;
}

let sharedBrowser: Promise<Browser> | null = null;
function browser(): Promise<Browser> {
  sharedBrowser ??= launchChromium();
  return sharedBrowser;
}

export async function closeBrowser(): Promise<void> {
  if (sharedBrowser) await (await sharedBrowser).close();
  sharedBrowser = null;
}

export interface OpenAppOptions {
  userDataDir?: string;
  locale?: string;
  /** The page's clock stands still at this moment (`npm run screens`: pictures that do not change with the day). */
  fixedTime?: Date;
}

export async function openApp(options: OpenAppOptions = {}): Promise<AppHarness> {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'appeal-profile-'));
  const outputDir = mkdtempSync(path.join(tmpdir(), 'appeal-out-'));
  const saveAnswers: string[] = [];
  let openAnswer: string | null = null;
  let memberListAnswer: string | null = null;
  let letterAnswer: string | null = null;
  let folderAnswer: string | null = null;
  // Set once the page exists: events main pushes go to the page's subscriber.
  let livePage: Page | null = null;
  const printed: LetterDocument[][] = [];
  const printedJobs: PrintJob[] = [];
  // The file's one Chromium prints too: a browser launched per app cost a start-up each (issue 18).
  // The engine leaves a shared browser open on close(); closeBrowser() ends it.
  const pdfEngine = new ChromiumPdfEngine(BUILT_RENDERER_DIR, RESOURCES_DIR, browser);
  const refusedRequests: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  const services: AppServices = createAppServices({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine,
    systemLanguage: () => options.locale ?? 'en-GB',
    dialogs: {
      showOpenCampaign: async () => openAnswer,
      showSave: async () => {
        const next = saveAnswers.shift();
        return next ? path.join(outputDir, next) : null;
      },
      showOpenMemberList: async () => memberListAnswer,
      showOpenLetter: async () => letterAnswer,
      showSaveMemberList: async () => {
        const next = saveAnswers.shift();
        return next ? path.join(outputDir, next) : null;
      },
      showChooseFolder: async () => folderAnswer,
    },
    notify: ({ payload }) => {
      // The page's own function, as the preload would call the renderer's subscriber.
      type ProgressGlobal = { __appealJobProgress?: (event: unknown) => void };
      livePage
        ?.evaluate((event) => (globalThis as unknown as ProgressGlobal).__appealJobProgress?.(event), payload)
        .catch(() => {});
    },
    printer: {
      printLetters: async (letters): Promise<PrintOutcome> => {
        printed.push(letters);
        return 'printed';
      },
      printJob: async (job): Promise<PrintOutcome> => {
        printedJobs.push(job);
        return 'printed';
      },
    },
  });

  const context = await (await browser()).newContext({
    viewport: { width: 1400, height: 1000 },
    locale: options.locale ?? 'en-GB',
  });
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);
  const page = await context.newPage();
  livePage = page;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.exposeBinding('__appealCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  for (const operation of operationNames) {
    // The app's own door (main/ipc/operation-handler.ts): the sender checked — the page's top
    // frame showing the app — and the payload parsed by the contract before any service runs.
    const handler = createOperationHandler(operation, services, (source: BindingSource) =>
      source.frame === page.mainFrame() && source.frame.url().startsWith(`${HEADLESS_ORIGIN}/`),
    );
    await page.exposeBinding(`__appeal_${operation}`, (source, payload: unknown) => handler(source, payload));
  }
  // window.appeal: one named function per contract operation, as the preload exposes it.
  await page.addInitScript({
    content: `
      window.appeal = Object.fromEntries(${JSON.stringify(operationNames)}.map(
        (name) => [name, (input) => window['__appeal_' + name](input)]));
      window.__appealMenuListeners = [];
      window.__appealMenuCommand = (command) => window.__appealMenuListeners.forEach((callback) => callback(command));
      window.appeal.onMenuCommand = (callback) => {
        window.__appealMenuListeners.push(callback);
        return () => { window.__appealMenuListeners = window.__appealMenuListeners.filter((c) => c !== callback); };
      };
      window.appeal.onFileOpened = (callback) => {
        window.__appealOpenFile = callback;
        return () => { window.__appealOpenFile = undefined; };
      };
      window.__appealProgressListeners = new Set();
      window.__appealJobProgress = (event) => window.__appealProgressListeners.forEach((callback) => callback(event));
      window.appeal.onJobProgress = (callback) => {
        window.__appealProgressListeners.add(callback);
        return () => { window.__appealProgressListeners.delete(callback); };
      };
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__appealCspViolation(event.violatedDirective + ' ' + event.blockedURI));
    `,
  });
  await serveRenderer(page, BUILT_RENDERER_DIR, refusedRequests);
  await page.goto(`${HEADLESS_ORIGIN}/index.html`);

  const harness: AppHarness = {
    page,
    userDataDir,
    outputDir,
    refusedRequests,
    cspViolations,
    pageErrors,
    printed,
    printedJobs,
    answerSaveDialogs: (...names) => saveAnswers.push(...names),
    answerOpenDialog: (filePath) => {
      openAnswer = filePath;
    },
    answerLetterDialog: (filePath) => {
      letterAnswer = filePath;
    },
    answerMemberListDialog: (filePath) => {
      memberListAnswer = filePath;
    },
    answerFolderDialog: (folder) => {
      folderAnswer = folder;
    },
    close: async () => {
      await context.close();
      await pdfEngine.close();
      rmSync(outputDir, { recursive: true, force: true });
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
