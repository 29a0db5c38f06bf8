import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import type { AppServices } from '../../shared/api/contract';
import { RESOURCES_DIR } from '../paths';
import { createAppServices } from '../services/app-services';
import type { Dialogs, PdfEngine, Printer } from '../services/ports';

/** What the command line answers where the app would ask in a window. */
export interface CliAnswers {
  /** The files the letter dialog "chooses", in turn. */
  letterFiles?: readonly string[];
  /** Where every save dialog "saves": the command's --out. */
  saveTo: string;
  /** The print engine, for commands that make PDFs (Chromium, chromium-pdf-engine.ts). */
  pdfEngine?: PdfEngine;
}

const noWindow = (what: string) => async (): Promise<never> => {
  throw new Error(`The command line cannot ${what}.`);
};

/**
 * The app's own services (createAppServices), with command-line adapters at the seams where the
 * app uses Electron: dialogs answered from the arguments, no printer, and a profile folder of
 * its own in the temp folder, so that a command never changes the member's letters, drafts or
 * details, and leaves nothing behind.
 */
export async function withCliServices<T>(answers: CliAnswers, work: (app: AppServices) => Promise<T>): Promise<T> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'appeal-cli-'));
  const letterFiles = [...(answers.letterFiles ?? [])];
  const dialogs: Dialogs = {
    showOpenLetter: async () => letterFiles.shift() ?? null,
    showSave: async () => answers.saveTo,
    showSaveMemberList: async () => answers.saveTo,
    showOpenCampaign: noWindow('ask for a campaign file'),
    showOpenMemberList: noWindow('ask for a member list'),
    showChooseFolder: noWindow('ask for a folder'),
  };
  const printer: Printer = { printLetters: noWindow('print'), printJob: noWindow('print') };
  const pdfEngine: PdfEngine = answers.pdfEngine ?? { lettersToPdf: noWindow('make a PDF'), jobToPdf: noWindow('make a PDF'), close: async () => {} };
  try {
    const app = createAppServices({
      userDataDir,
      resourcesDir: RESOURCES_DIR,
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
