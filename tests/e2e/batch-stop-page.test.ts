import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterAll, describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/api/contract';
import type { BatchRequest } from '../../shared/api/operations/batch-ops';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { emptyMember } from '../../shared/members/member-rows';
import { ChromiumPdfEngine } from '../../main/export/chromium-pdf-engine';
import { createAppServices } from '../../main/services/app-services';
import { RESOURCES_DIR } from '../../main/paths';
import { requireTool } from '../support/tools';
import { hangingPrintPage } from './support/hanging-print-page';

const tools = requireTool('chromium', 'chromium');

describe.runIf(tools)('Stop during a group PDF whose page hangs', () => {
  const engine = new ChromiumPdfEngine(hangingPrintPage());
  afterAll(async () => {
    await engine.close();
  });

  it('ends the batch as cancelled, closes Chromium’s page and writes nothing', async () => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'appeal-stop-profile-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'appeal-stop-out-'));
    const unused = async () => null;
    const app = createAppServices({
      userDataDir,
      resourcesDir: RESOURCES_DIR,
      createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
      pdfEngine: engine,
      printer: { printLetters: async () => 'printed', printJob: async () => 'printed' },
      systemLanguage: () => 'en-GB',
      notify: () => undefined,
      dialogs: {
        showOpenCampaign: unused,
        showSave: async () => path.join(outDir, 'group.pdf'),
        showOpenMemberList: unused,
        showOpenLetter: unused,
        showSaveMemberList: unused,
        showChooseFolder: unused,
      },
    });
    const request = apiContract.runBatch.input.parse({
      jobId: 'job-hangs',
      groupName: 'Pfarrei St. Anna',
      members: [{ ...emptyMember(), firstName: 'Anna', lastName: 'Muster', city: 'Bern' }],
      output: 'pdf',
      settings: { campaignId: 'azerbaijan-2020-nagorno-karabakh', langMode: 'own', lang: 'en', salutationIndex: 0, layout: DEFAULT_LAYOUT, withCopies: false, date: '2026-12-01' },
    } satisfies BatchRequest);

    const running = app.runBatch(request);
    // Stop once Chromium's page is open and laying out (forever, here).
    await expect.poll(() => engine.openPages(), { timeout: 20_000 }).toBe(1);
    await app.cancelJob({ jobId: 'job-hangs' });
    expect(await running).toEqual({ status: 'cancelled', files: 0 });
    expect(await engine.openPages()).toBe(0);
    expect(readdirSync(outDir)).toEqual([]);
  }, 60_000);
});
