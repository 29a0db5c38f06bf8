import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices, JobProgressEvent } from '../../shared/api/contract';
import type { BatchEnvelopeRequest, BatchRequest } from '../../shared/api/operations/batch-ops';
import { apiContract } from '../../shared/api/contract';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import type { LetterDocument } from '../../shared/letter/model';
import type { PrintJob } from '../../shared/letter/print-page';
import { emptyMember } from '../../shared/members/member-rows';
import { createAppServices } from '../../main/services/app-services';
import { RESOURCES_DIR } from '../../main/paths';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
};

const member = (firstName: string, lastName: string, city = 'Bern', language = '') => ({ ...emptyMember(), firstName, lastName, city, language });

/** The real services over temp folders; PDF "rendering" is a stand-in that can be made slow. */
function services(options: { pdfDelayMs?: number; failAtPdf?: number } = {}) {
  const userDataDir = tempDir('batch-profile-');
  const outDir = tempDir('batch-out-');
  const progress: JobProgressEvent[] = [];
  const pdfs: LetterDocument[][] = [];
  const jobs: PrintJob[] = [];
  const printedJobs: PrintJob[] = [];
  const answers = { save: null as string | null, folder: null as string | null, list: null as string | null };
  const app: AppServices = createAppServices({
    userDataDir,
    resourcesDir: RESOURCES_DIR,
    createStore: (name) => new Conf({ cwd: userDataDir, configName: name, projectName: 'appeal-letters' }),
    pdfEngine: {
      lettersToPdf: async (letters: LetterDocument[]) => {
        pdfs.push(letters);
        if (pdfs.length === options.failAtPdf) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        await new Promise((resolve) => setTimeout(resolve, options.pdfDelayMs ?? 0));
        return new TextEncoder().encode(`%PDF ${letters.length} letters`);
      },
      jobToPdf: async (job: PrintJob) => {
        jobs.push(job);
        await new Promise((resolve) => setTimeout(resolve, options.pdfDelayMs ?? 0));
        return new TextEncoder().encode(`%PDF ${job.kind}`);
      },
      close: async () => {},
    } as never,
    printer: {
      printLetters: async () => 'printed',
      printJob: async (job) => {
        printedJobs.push(job);
        return 'printed';
      },
    },
    systemLanguage: () => 'de-CH',
    notify: ({ payload }) => progress.push(payload),
    dialogs: {
      showOpenCampaign: async () => null,
      showSave: async () => answers.save,
      showOpenMemberList: async () => answers.list,
      showOpenLetter: async () => null,
      showSaveMemberList: async () => answers.save,
      showChooseFolder: async () => answers.folder,
    },
  });
  return { app, userDataDir, outDir, progress, pdfs, jobs, printedJobs, answers };
}

const request = (members: ReturnType<typeof member>[], output: BatchRequest['output'], jobId = 'job-1') =>
  apiContract.runBatch.input.parse({
    jobId,
    groupName: 'Pfarrei St. Anna',
    members,
    output,
    settings: {
      campaignId: 'azerbaijan-2020-nagorno-karabakh',
      langMode: 'own',
      lang: 'en',
      salutationIndex: 0,
      layout: DEFAULT_LAYOUT,
      withCopies: true,
      date: '2026-12-01',
    },
  } satisfies BatchRequest);

describe('groups', () => {
  it('are saved one file each, listed by name, deleted, and restored under the same id (undo)', async () => {
    const { app, userDataDir } = services();
    const saved = await app.saveGroup({ name: 'Zug', members: [member('Anna', 'Muster')] });
    await app.saveGroup({ name: 'Aarau', members: [member('Beat', 'Ritter'), member('Cla', 'Caflisch')] });
    expect((await app.listGroups(undefined)).map((g) => [g.name, g.memberCount])).toEqual([['Aarau', 2], ['Zug', 1]]);
    expect(readdirSync(path.join(userDataDir, 'groups')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    const group = await app.getGroup({ id: saved.id });
    await app.deleteGroup({ id: saved.id });
    expect((await app.listGroups(undefined)).map((g) => g.name)).toEqual(['Aarau']);
    await app.saveGroup({ id: group.id, name: group.name, members: group.members });
    expect((await app.getGroup({ id: saved.id })).members[0]?.lastName).toBe('Muster');
  });

  it('fall back to the backup when a group file is damaged, and keep the damaged file', async () => {
    const { app, userDataDir } = services();
    const saved = await app.saveGroup({ name: 'Zug', members: [member('Anna', 'Muster')] });
    await app.saveGroup({ id: saved.id, name: 'Zug', members: [member('Anna', 'Muster'), member('Beat', 'Ritter')] });
    const file = path.join(userDataDir, 'groups', `${saved.id}.json`);
    writeFileSync(file, '{"format": "appeal-letters/gro');
    expect((await app.getGroup({ id: saved.id })).members).toHaveLength(1);
    expect(readdirSync(path.join(userDataDir, 'groups')).some((f) => f.includes('.damaged-'))).toBe(true);
  });

  it('export as CSV with a BOM and headers in the UI language, which read back as the same members', async () => {
    const { app, outDir, answers } = services();
    const saved = await app.saveGroup({ name: 'Zug', members: [{ ...member('Zoë', 'Müller'), postcode: '06300' }] });
    answers.save = path.join(outDir, 'zug.csv');
    expect(await app.exportGroupCsv({ id: saved.id })).toEqual({ status: 'saved', fileName: 'zug.csv' });
    const text = readFileSync(answers.save, 'utf8');
    expect(text.startsWith('\uFEFFAnrede;Vorname;Name;Strasse;Adresszusatz;PLZ;Ort;Land;Sprache\r\n;Zoë;Müller;;;06300;Bern;;\r\n')).toBe(true);
    answers.list = answers.save;
    const read = await app.chooseMemberList(undefined);
    expect(read).toMatchObject({ ok: true, fileName: 'zug.csv' });
  });
});

describe('a batch run', () => {
  it('writes one PDF for the whole group, each member in their own language, and logs who got a letter', async () => {
    const { app, outDir, answers, pdfs, progress } = services();
    answers.save = path.join(outDir, 'all.pdf');
    const result = await app.runBatch(request([member('Anna', 'Muster', 'Bern', 'Deutsch'), member('Jean', 'Dupont', 'Genève', 'fr')], 'pdf'));
    expect(result).toEqual({ status: 'saved', name: 'all.pdf', files: 1, letters: 4 });
    expect(pdfs[0]?.map((l) => l.lang)).toEqual(['de', 'de', 'fr', 'fr']);
    expect(progress.at(-1)).toEqual({ jobId: 'job-1', done: 3, total: 3 });
    const [entry] = await app.listPrintLog(undefined);
    expect(entry?.members.map((m) => m.lastName)).toEqual(['Muster', 'Dupont']);
    expect(entry?.groupName).toBe('Pfarrei St. Anna');
  });

  it('writes one Word document for the group, padded for two-sided printing when asked', async () => {
    const { app, outDir, answers } = services();
    const settingsOf = (file: string) => {
      const zip = unzipSync(readFileSync(file));
      return { settings: strFromU8(zip['word/settings.xml'] ?? new Uint8Array()), body: strFromU8(zip['word/document.xml'] ?? new Uint8Array()) };
    };
    const members = [member('Anna', 'Muster', 'Bern', 'Deutsch'), member('Jean', 'Dupont', 'Genève', 'fr')];
    answers.save = path.join(outDir, 'plain.docx');
    expect(await app.runBatch(request(members, 'docx'))).toEqual({ status: 'saved', name: 'plain.docx', files: 1, letters: 4 });
    answers.save = path.join(outDir, 'padded.docx');
    expect(await app.runBatch({ ...request(members, 'docx', 'job-pad'), padToEven: true })).toMatchObject({ status: 'saved', letters: 4 });
    const plain = settingsOf(path.join(outDir, 'plain.docx'));
    const padded = settingsOf(path.join(outDir, 'padded.docx'));
    expect(plain.settings).not.toContain('<w:evenAndOddHeaders/>');
    expect(padded.settings).toContain('<w:evenAndOddHeaders/>');
    expect(plain.body).not.toContain('w:type="even"');
    // One even-page footer per change of label: German, then French.
    expect(padded.body.match(/<w:footerReference w:type="even"/g)).toHaveLength(2);
  });

  it('stopped while the PDF is made leaves no file and no log entry', async () => {
    const { app, outDir, answers } = services({ pdfDelayMs: 300 });
    answers.save = path.join(outDir, 'all.pdf');
    const running = app.runBatch(request([member('Anna', 'Muster')], 'pdf', 'job-cancel'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.cancelJob({ jobId: 'job-cancel' });
    expect(await running).toEqual({ status: 'cancelled', files: 0 });
    expect(readdirSync(outDir)).toEqual([]);
    expect(await app.listPrintLog(undefined)).toEqual([]);
  });

  it('writes one file per member with readable, distinct names; a stop keeps only whole files', async () => {
    const { app, outDir, answers } = services({ pdfDelayMs: 50 });
    answers.folder = outDir;
    const members = [member('Anna', 'Muster'), member('Anna', 'Muster'), member('Jo/e', 'Ek:'), member('Dora', 'Wyss')];
    const result = await app.runBatch(request(members, 'pdf-each', 'job-each'));
    expect(result).toMatchObject({ status: 'saved', files: 4 });
    expect(readdirSync(outDir).sort()).toEqual([
      'Letter Azerbaijan - Anna Muster (2).pdf',
      'Letter Azerbaijan - Anna Muster.pdf',
      'Letter Azerbaijan - Dora Wyss.pdf',
      'Letter Azerbaijan - Jo e Ek.pdf',
    ]);

    const second = tempDir('batch-out-');
    answers.folder = second;
    const running = app.runBatch(request(members, 'pdf-each', 'job-stop'));
    await new Promise((resolve) => setTimeout(resolve, 80));
    await app.cancelJob({ jobId: 'job-stop' });
    const stopped = await running;
    expect(stopped.status).toBe('cancelled');
    const written = readdirSync(second);
    expect(written.length).toBe(stopped.status === 'cancelled' ? stopped.files : -1);
    expect(written.length).toBeLessThan(4);
    expect(written.every((name) => name.endsWith('.pdf'))).toBe(true);
  });
});

describe('a batch that fails part-way', () => {
  it('keeps the files already written and logs exactly those members, so a reprint covers the rest', async () => {
    const { app, outDir, answers } = services({ failAtPdf: 3 });
    answers.folder = outDir;
    const members = [member('Anna', 'Muster'), member('Beat', 'Ritter'), member('Cla', 'Caflisch'), member('Dora', 'Wyss')];
    const result = await app.runBatch(request(members, 'pdf-each', 'job-partly'));
    expect(result).toEqual({ status: 'failed', message: 'disk-full', files: 2 });
    expect(readdirSync(outDir).sort()).toEqual(['Letter Azerbaijan - Anna Muster.pdf', 'Letter Azerbaijan - Beat Ritter.pdf']);
    const [entry] = await app.listPrintLog(undefined);
    expect(entry?.id).toBe('job-partly');
    expect(entry?.members.map((m) => m.firstName)).toEqual(['Anna', 'Beat']);
  });
});

const envelopeRequest = (members: ReturnType<typeof member>[], output: BatchEnvelopeRequest['output'], jobId = 'job-env') =>
  apiContract.runBatchEnvelopes.input.parse({
    ...request(members, 'pdf', jobId),
    output,
    size: 'dl',
  } satisfies BatchEnvelopeRequest);

/** The first line of each envelope's return address: who sends that letter. */
const senders = (job: PrintJob | undefined) => (job?.kind === 'envelopes' ? job.envelopes.map((e) => e.returnAddress[0]) : []);

describe('envelopes and labels for a batch', () => {
  it('save one PDF with an envelope for every letter, the embassy copies included, from each member', async () => {
    const { app, outDir, answers, jobs, progress } = services();
    answers.save = path.join(outDir, 'envelopes.pdf');
    const result = await app.runBatchEnvelopes(envelopeRequest([member('Anna', 'Muster'), member('Jean', 'Dupont', 'Genève')], 'envelopes-pdf'));
    expect(result).toEqual({ status: 'saved', name: 'envelopes.pdf', files: 1, letters: 4 });
    expect(readFileSync(answers.save, 'utf8')).toBe('%PDF envelopes');
    expect(senders(jobs[0])).toEqual(['Anna Muster', 'Anna Muster', 'Jean Dupont', 'Jean Dupont']);
    expect(jobs[0]?.kind === 'envelopes' && new Set(jobs[0].envelopes.map((e) => e.size))).toEqual(new Set(['dl']));
    expect(progress.at(-1)).toEqual({ jobId: 'job-env', done: 3, total: 3 });
    // Envelopes are not letters: the print log stays as it was.
    expect(await app.listPrintLog(undefined)).toEqual([]);
  });

  it('put every letter’s recipient on a label sheet, and print envelopes as one job', async () => {
    const { app, outDir, answers, jobs, printedJobs } = services();
    answers.save = path.join(outDir, 'labels.pdf');
    const members = [member('Anna', 'Muster'), member('Beat', 'Ritter')];
    expect(await app.runBatchEnvelopes(envelopeRequest(members, 'labels-pdf'))).toMatchObject({ status: 'saved', letters: 4 });
    const labels = jobs[0]?.kind === 'labels' ? jobs[0].sheet.labels : [];
    expect(labels).toHaveLength(4);
    expect(labels[0]?.join(' ')).toMatch(/Aliyev/);
    expect(labels[1]?.join(' ')).toMatch(/Embassy|Botschaft/);

    expect(await app.runBatchEnvelopes(envelopeRequest(members, 'envelopes-print', 'job-print'))).toEqual({ status: 'printed', letters: 4 });
    expect(senders(printedJobs[0])).toEqual(['Anna Muster', 'Anna Muster', 'Beat Ritter', 'Beat Ritter']);
  });

  it('stopped while the PDF is made, or the save dialog closed, leaves no file', async () => {
    const { app, outDir, answers, jobs } = services({ pdfDelayMs: 300 });
    expect(await app.runBatchEnvelopes(envelopeRequest([member('Anna', 'Muster')], 'labels-pdf'))).toEqual({ status: 'cancelled', files: 0 });
    expect(jobs).toEqual([]);
    answers.save = path.join(outDir, 'labels.pdf');
    const running = app.runBatchEnvelopes(envelopeRequest([member('Anna', 'Muster')], 'labels-pdf', 'job-stop'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await app.cancelJob({ jobId: 'job-stop' });
    expect(await running).toEqual({ status: 'cancelled', files: 0 });
    expect(readdirSync(outDir)).toEqual([]);
  });
});
