import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { Browser, Page } from 'playwright-core';
import { apiContract, operationNames, type AppServices } from '../../shared/api/contract';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { HEADLESS_ORIGIN, serveRenderer } from '../../main/export/serve-renderer';
import { launchChromium } from '../../main/export/chromium-launch';
import { createAppServices } from '../../main/services/app-services';
import type { PrintOutcome } from '../../main/services/ports';
import type { LetterDocument } from '../../shared/letter/model';
import { BUILT_RENDERER_DIR, RESOURCES_DIR } from '../../main/paths';

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
  printed: LetterDocument[][];
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

export async function openApp(options: { userDataDir?: string; locale?: string } = {}): Promise<AppHarness> {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'appeal-profile-'));
  const outputDir = mkdtempSync(path.join(tmpdir(), 'appeal-out-'));
  const saveAnswers: string[] = [];
  let openAnswer: string | null = null;
  const printed: LetterDocument[][] = [];
  const pdfEngine = new ChromiumPdfEngine(BUILT_RENDERER_DIR);
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
    },
    printer: {
      printLetters: async (letters): Promise<PrintOutcome> => {
        printed.push(letters);
        return 'printed';
      },
    },
  });

  const context = await (await browser()).newContext({
    viewport: { width: 1400, height: 1000 },
    locale: options.locale ?? 'en-GB',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.exposeBinding('__appealCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  for (const operation of operationNames) {
    await page.exposeBinding(`__appeal_${operation}`, async (_source, payload: unknown) => {
      // The same gate as the IPC wrapper: nothing that breaks the schema reaches a service.
      const input = apiContract[operation].input.parse(payload);
      return (services[operation] as (input: unknown) => Promise<unknown>)(input);
    });
  }
  // window.appeal: one named function per contract operation, as the preload exposes it.
  await page.addInitScript({
    content: `
      window.appeal = Object.fromEntries(${JSON.stringify(operationNames)}.map(
        (name) => [name, (input) => window['__appeal_' + name](input)]));
      window.appeal.onFileOpened = (callback) => {
        window.__appealOpenFile = callback;
        return () => { window.__appealOpenFile = undefined; };
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
    answerSaveDialogs: (...names) => saveAnswers.push(...names),
    answerOpenDialog: (filePath) => {
      openAnswer = filePath;
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
