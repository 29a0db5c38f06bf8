import type { AppApi, BatchEnvelopeRequest, BatchRequest, BatchResult, Group, JobProgressEvent, MemberListFile, PrintLogEntry } from '../../../shared/api/contract';

type BatchApi = Pick<
  AppApi,
  | 'chooseMemberList'
  | 'listGroups'
  | 'getGroup'
  | 'saveGroup'
  | 'deleteGroup'
  | 'exportGroupCsv'
  | 'runBatch'
  | 'runBatchEnvelopes'
  | 'cancelJob'
  | 'listPrintLog'
  | 'onJobProgress'
>;

/** The batch area of the in-memory fake API: groups in a map, runs recorded, progress sent by hand. */
export class FakeBatchApi implements BatchApi {
  groups = new Map<string, Group>();
  nextList: MemberListFile | null = null;
  /** What the next runBatch answers instead of success. */
  nextRunResult: BatchResult | null = null;
  runs: BatchRequest[] = [];
  envelopeRuns: BatchEnvelopeRequest[] = [];
  log: PrintLogEntry[] = [];
  progressListeners = new Set<(event: JobProgressEvent) => void>();
  private nextId = 1;

  resetBatch(): void {
    this.groups = new Map();
    this.nextList = null;
    this.nextRunResult = null;
    this.runs = [];
    this.envelopeRuns = [];
    this.log = [];
    this.nextId = 1;
  }

  chooseMemberList = async () => this.nextList;
  listGroups = async () =>
    [...this.groups.values()].map((g) => ({ id: g.id, name: g.name, memberCount: g.members.length, updated: g.updated }));
  getGroup = async ({ id }: { id: string }) => {
    const group = this.groups.get(id);
    if (!group) throw new Error(`no group ${id}`);
    return structuredClone(group);
  };
  saveGroup: AppApi['saveGroup'] = async ({ id, name, members }) => {
    const group: Group = {
      id: id ?? `group-${this.nextId++}`,
      name,
      members: members.map((m) => ({ title: '', firstName: '', lastName: '', street: '', addressLine2: '', postcode: '', city: '', country: '', language: '', ...m })),
      updated: '2026-12-01T10:00:00.000Z',
    };
    this.groups.set(group.id, group);
    return { id: group.id, name, memberCount: group.members.length, updated: group.updated };
  };
  deleteGroup = async ({ id }: { id: string }) => {
    this.groups.delete(id);
  };
  exportGroupCsv: AppApi['exportGroupCsv'] = async ({ id }) => ({ status: 'saved', fileName: `${this.groups.get(id)?.name}.csv` });
  runBatch: AppApi['runBatch'] = async (request) => {
    this.runs.push(request);
    const planned = this.nextRunResult;
    this.nextRunResult = null;
    if (planned) return planned;
    return request.output === 'print'
      ? { status: 'printed', letters: request.members.length }
      : { status: 'saved', name: 'letters.pdf', files: 1, letters: request.members.length };
  };
  /** One envelope or label per member (no embassy copies counted: the fake composes nothing). */
  runBatchEnvelopes: AppApi['runBatchEnvelopes'] = async (request) => {
    this.envelopeRuns.push(request);
    return request.output === 'envelopes-print'
      ? { status: 'printed', letters: request.members.length }
      : { status: 'saved', name: request.output === 'labels-pdf' ? 'labels.pdf' : 'envelopes.pdf', files: 1, letters: request.members.length };
  };
  cancelJob = async () => {};
  listPrintLog = async () => this.log;
  onJobProgress = (callback: (event: JobProgressEvent) => void) => {
    this.progressListeners.add(callback);
    return () => {
      this.progressListeners.delete(callback);
    };
  };
}
