import { randomUUID } from 'node:crypto';
import type { CampaignSummary, ImportPreview } from '../../shared/api/contract';
import { encodeCampaignFile } from '../../shared/campaign/encode-file';
import { formatProblemEnglish } from '../../shared/campaign/format-problem';
import { problem, type Problem } from '../../shared/campaign/problem';
import { revisionOf } from '../../shared/campaign/revision';
import type { Campaign } from '../../shared/campaign/schema';
import { readCampaignFile } from '../../shared/campaign/validate';
import { readBundledCampaigns } from './library/bundled-campaigns';
import { summarize, titleOf } from './library/campaign-summary';
import { reviewUpdate } from './library/import-changes';
import { planImport, type CurrentVersion } from './library/import-plan';
import { LibraryError } from './library/library-error';
import type { LibraryState } from './library/library-file';
import { LibraryStore } from './library/library-store';

export { LibraryError } from './library/library-error';

export interface CampaignLibraryOptions {
  /** Where the member's own campaigns are kept (library.json and its backup). */
  dataDir: string;
  /** The read-only *.appeal files that come with the app. */
  bundledDir: string;
  now?: () => Date;
  /** Words a problem for the import preview (the contract carries sentences); English by default. */
  describe?: (problem: Problem) => string;
  /** The UI language, so that the import preview shows titles in it when a campaign has it. */
  preferredLanguage?: () => string | undefined;
}

/** Previews not confirmed are forgotten beyond this many (each holds a parsed file). */
const MAX_PENDING_IMPORTS = 20;
/** Deleted campaigns kept for undo, most recent first. */
const MAX_DELETED = 50;

interface Current {
  campaign: Campaign;
  bundled: boolean;
}

/**
 * The campaigns a member can write letters for: those that come with the app (never changed or
 * deleted) and those they imported (stored in `dataDir`). Every change is one atomic write of
 * the whole library; a refused file or a failed write changes nothing.
 *
 * Refusals and failures throw LibraryError, whose `problem` says why in catalogue terms.
 * Nothing here logs: campaigns hold names and addresses.
 */
export class CampaignLibrary {
  private readonly store: LibraryStore;
  private readonly bundled: ReadonlyMap<string, Campaign>;
  private readonly problemsAtStartup: readonly Problem[];
  private readonly pendingImports = new Map<string, readonly Campaign[]>();
  private readonly now: () => Date;
  private readonly describe: (problem: Problem) => string;
  private readonly preferredLanguage: () => string | undefined;
  private state: LibraryState;

  constructor(options: CampaignLibraryOptions) {
    this.now = options.now ?? (() => new Date());
    this.describe = options.describe ?? formatProblemEnglish;
    this.preferredLanguage = options.preferredLanguage ?? (() => undefined);
    this.store = new LibraryStore(options.dataDir, this.now);
    const loaded = this.store.load();
    const bundled = readBundledCampaigns(options.bundledDir);
    this.state = loaded.state;
    this.bundled = bundled.campaigns;
    this.problemsAtStartup = [...loaded.problems, ...bundled.problems];
  }

  /** What went wrong while opening the library (damaged file kept aside, backup restored …). */
  startupProblems(): Problem[] {
    return [...this.problemsAtStartup];
  }

  /** Bundled and own campaigns, newest first; archived ones included and marked. */
  list(): CampaignSummary[] {
    const ids = new Set([...this.bundled.keys(), ...this.state.campaigns.map((campaign) => campaign.id)]);
    return [...ids]
      .flatMap((id) => {
        const current = this.current(id);
        return current ? [summarize(current.campaign, { bundled: current.bundled, archived: this.isArchived(id) })] : [];
      })
      .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  }

  get(id: string): Campaign | undefined {
    const current = this.current(id);
    return current ? structuredClone(current.campaign) : undefined;
  }

  /** Reads a file and says what importing it would do; changes nothing. */
  previewImport(bytes: Uint8Array, fileName: string): ImportPreview {
    const read = readCampaignFile(bytes, fileName);
    if (!read.ok) return { ok: false, fileName, message: this.describe(read.problem) };

    const plan = planImport(read.campaigns, (id) => this.versionBeforeImport(id));
    const token = randomUUID();
    this.pendingImports.set(token, read.campaigns);
    for (const oldest of this.pendingImports.keys()) {
      if (this.pendingImports.size <= MAX_PENDING_IMPORTS) break;
      this.pendingImports.delete(oldest);
    }
    const language = this.preferredLanguage();
    return {
      ok: true,
      token,
      fileName,
      added: plan.added.map((campaign) => ({ id: campaign.id, title: titleOf(campaign, language) })),
      updated: plan.updated.map(({ campaign, from, current }) => ({
        id: campaign.id,
        title: titleOf(campaign, language),
        from,
        to: revisionOf(campaign),
        // Who the letters go to and who sent the file, now and after: a forged update shows here.
        ...reviewUpdate(current, campaign),
      })),
      skipped: plan.skipped.map(({ campaign, reason }) => ({
        id: campaign.id,
        title: titleOf(campaign, language),
        reason: this.describe(reason),
      })),
    };
  }

  /** Saves what a preview offered, in one write; returns the ids added or updated. */
  confirmImport(token: string, trusted = false): string[] {
    const campaigns = this.pendingImports.get(token);
    if (!campaigns) throw new LibraryError(problem('importExpired'));
    // Planned again: the library may have changed since the preview.
    const plan = planImport(campaigns, (id) => this.versionBeforeImport(id));
    // Checked here too, not only by the dialog: no caller replaces a bundled or another publisher's campaign unasked.
    const warned = plan.updated.some(({ campaign, current }) => {
      const review = reviewUpdate(current, campaign);
      return review.replacesBundled === true || review.otherPublisher === true;
    });
    if (warned && !trusted) throw new LibraryError(problem('importNeedsTrust'));
    const saving = [...plan.added, ...plan.updated.map(({ campaign }) => campaign)];
    if (saving.length > 0) {
      const ids = new Set(saving.map((campaign) => campaign.id));
      this.commit({
        campaigns: [...this.state.campaigns.filter((campaign) => !ids.has(campaign.id)), ...saving],
        archivedIds: this.state.archivedIds,
        // A re-imported campaign replaces what could have been brought back.
        deleted: this.state.deleted.filter((entry) => !ids.has(entry.campaign.id)),
      });
    }
    // Forgotten only once saved, so that the member can retry after e.g. a full disk.
    this.pendingImports.delete(token);
    return saving.map((campaign) => campaign.id);
  }

  /**
   * What an import would replace. "Came with the app" goes by the id, not by which copy is shown:
   * a campaign the app brought stays one after an update, so a second update is warned about too.
   */
  private versionBeforeImport(id: string): CurrentVersion | undefined {
    const current = this.current(id);
    return current && { campaign: current.campaign, cameWithApp: this.bundled.has(id) };
  }

  /** One campaign as a campaign file, several as a bundle. */
  exportCampaigns(ids: readonly string[]): Uint8Array {
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw new LibraryError(problem('nothingToExport'));
    return encodeCampaignFile(unique.map((id) => this.currentOrThrow(id).campaign));
  }

  /**
   * Adds or replaces one of the member's own campaigns (a published draft) in one write. The caller
   * has checked it and chosen its revision; a deleted campaign of that id can no longer come back.
   */
  saveOwn(campaign: Campaign): void {
    this.commit({
      campaigns: [...this.state.campaigns.filter((own) => own.id !== campaign.id), campaign],
      archivedIds: this.state.archivedIds,
      deleted: this.state.deleted.filter((entry) => entry.campaign.id !== campaign.id),
    });
  }

  /** Whether `id` is known, bundled or own, or was deleted and can still be brought back. */
  knows(id: string): boolean {
    return this.current(id) !== undefined || this.state.deleted.some((entry) => entry.campaign.id === id);
  }

  /** The revision the member sees now, or undefined for an unknown id. */
  revisionOf(id: string): number | undefined {
    return this.currentRevision(id);
  }

  archive(id: string, archived: boolean): void {
    this.currentOrThrow(id);
    if (this.isArchived(id) === archived) return;
    const others = this.state.archivedIds.filter((archivedId) => archivedId !== id);
    this.commit({ ...this.state, archivedIds: archived ? [...others, id] : others });
  }

  /** Moves one of the member's own campaigns to the deleted items; bundled ones are refused. */
  remove(id: string): void {
    const current = this.currentOrThrow(id);
    if (current.bundled) throw new LibraryError(problem('bundledCannotBeRemoved'));
    const entry = { campaign: current.campaign, archived: this.isArchived(id), deletedAt: this.now().toISOString() };
    this.commit({
      campaigns: this.state.campaigns.filter((campaign) => campaign.id !== id),
      archivedIds: this.state.archivedIds.filter((archivedId) => archivedId !== id),
      deleted: [entry, ...this.state.deleted.filter((old) => old.campaign.id !== id)].slice(0, MAX_DELETED),
    });
  }

  undoRemove(id: string): void {
    const entry = this.state.deleted.find((old) => old.campaign.id === id);
    if (!entry) throw new LibraryError(problem('nothingToUndo'));
    this.commit({
      campaigns: [...this.state.campaigns.filter((campaign) => campaign.id !== id), entry.campaign],
      archivedIds: entry.archived ? [...this.state.archivedIds, id] : this.state.archivedIds,
      deleted: this.state.deleted.filter((old) => old !== entry),
    });
  }

  /**
   * "Delete all my data": the member's own campaigns, deleted ones and archive marks are forgotten
   * here (the caller removes the files), so that nothing in memory writes them back. Bundled stay.
   */
  forgetOwn(): void {
    this.state = { campaigns: [], archivedIds: [], deleted: [] };
    this.pendingImports.clear();
  }

  /** The version of `id` the member sees: their own copy only when its revision is higher. */
  private current(id: string): Current | undefined {
    const own = this.state.campaigns.find((campaign) => campaign.id === id);
    const bundled = this.bundled.get(id);
    if (own && (!bundled || revisionOf(own) > revisionOf(bundled))) return { campaign: own, bundled: false };
    return bundled ? { campaign: bundled, bundled: true } : undefined;
  }

  private currentOrThrow(id: string): Current {
    const current = this.current(id);
    if (!current) throw new LibraryError(problem('campaignNotFound'));
    return current;
  }

  private currentRevision(id: string): number | undefined {
    const current = this.current(id);
    return current ? revisionOf(current.campaign) : undefined;
  }

  private isArchived(id: string): boolean {
    return this.state.archivedIds.includes(id);
  }

  /** Saves first, then adopts: after a failed write the library is as it was. */
  private commit(next: LibraryState): void {
    this.store.save(next);
    this.state = next;
  }
}
