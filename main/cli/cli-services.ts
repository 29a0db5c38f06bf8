import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { type AppServices, type OperationInput, type OperationName, type OperationOutput } from '../../shared/api/contract';
import { createAppServices } from '../services/app-services';
import { createOperationHandler, RefusedOperationError } from '../ipc/operation-handler';
import type { Dialogs, PdfEngine, Printer } from '../services/ports';
import { CLI_FOLDERS } from './cli-folders';

/** What the command line answers where the app would ask in a window. */
export interface CliAnswers {
  /** The files the letter dialog "chooses", in turn. */
  letterFiles?: readonly string[];
  /** The campaign file the import dialog "chooses": the command's --campaign, when it is a file. */
  campaignFile?: string;
  /** The member list the list dialog "chooses": the command's --members. */
  memberList?: string;
  /** Where every save dialog "saves", and the folder for one file per member: the command's --out. */
  saveTo?: string;
  /** The print engine, for commands that make PDFs (Chromium, chromium-pdf-engine.ts). */
  pdfEngine?: PdfEngine;
  /** The resources folder (bundled campaigns, fonts); code bundled elsewhere (the benchmark) names it. */
  resourcesDir?: string;
}

const noWindow = (what: string) => async (): Promise<never> => {
  throw new Error(`The command line cannot ${what}.`);
};
const answer = (given: string | undefined, what: string) => (given === undefined ? noWindow(what) : async () => given);

/**
 * The app's own services (createAppServices), with command-line adapters at the seams where the
 * app uses Electron: dialogs answered from the arguments, no printer, and a profile folder of
 * its own in the temp folder, so that a command never changes the member's letters, drafts or
 * details, and leaves nothing behind.
 */
export async function withCliServices<T>(answers: CliAnswers, work: (app: AppServices) => Promise<T>): Promise<T> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'appeal-cli-'));
  const letterFiles = [...(answers.letterFiles ?? [])];
  const saveTo = answer(answers.saveTo, 'ask where to save');
  const dialogs: Dialogs = {
    showOpenLetter: async () => letterFiles.shift() ?? null,
    showSave: saveTo,
    showSaveMemberList: saveTo,
    showChooseFolder: saveTo,
    showOpenCampaign: answer(answers.campaignFile, 'ask for a campaign file'),
    showOpenMemberList: answer(answers.memberList, 'ask for a member list'),
  };
  const printer: Printer = { printLetters: noWindow('print'), printJob: noWindow('print') };
  const pdfEngine: PdfEngine = answers.pdfEngine ?? { lettersToPdf: noWindow('make a PDF'), jobToPdf: noWindow('make a PDF'), close: async () => {} };
  try {
    const app = createAppServices({
      userDataDir,
      resourcesDir: answers.resourcesDir ?? CLI_FOLDERS.resources,
      createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
      pdfEngine,
      printer,
      dialogs,
      systemLanguage: () => 'en',
    });
    return await work(app);
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Calls an operation through the window's own door (main/ipc/operation-handler.ts): its input
 * parsed by the contract's zod schema first (defaults filled in, limits checked). The command
 * line is its own sender, so trusted.
 */
export async function callOperation<K extends OperationName>(app: AppServices, operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  try {
    return await createOperationHandler<K, undefined>(operation, app, () => true)(undefined, input);
  } catch (error) {
    if (error instanceof RefusedOperationError) throw new Error(`The command line asked the app for something it does not accept (${operation}).`);
    throw error;
  }
}
