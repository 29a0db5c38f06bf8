import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { draftSchema, type Draft, type DraftSummary } from '../../../shared/api/operations/draft-ops';
import { readJsonFile, writeJsonFile } from '../batch/json-file';

const draftFileSchema = z.object({
  format: z.literal('appeal-letters/draft'),
  formatVersion: z.literal(1),
  draft: draftSchema,
});

/**
 * Campaigns being written: one file each in `<userData>/drafts/`, kept like a group (atomic
 * write, the previous state as `.bak`, a damaged file moved aside and never reset), so a draft
 * survives a crash or a closed window and a damaged file costs one draft, not all of them.
 */
export class DraftStore {
  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  list(): DraftSummary[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((name) => /^[a-f0-9-]+\.json$/.test(name))
      .map((name) => this.get(name.slice(0, -'.json'.length)))
      .filter((draft): draft is Draft => draft !== undefined)
      .map(summary)
      .sort((a, b) => b.updated.localeCompare(a.updated));
  }

  get(id: string): Draft | undefined {
    return readJsonFile(this.file(id), draftFileSchema)?.draft;
  }

  /** Saves the draft as given, stamped with the time; returns what was saved. */
  save(draft: Omit<Draft, 'updated'>): Draft {
    mkdirSync(this.dir, { recursive: true });
    const saved: Draft = { ...draft, updated: this.now().toISOString() };
    writeJsonFile(this.file(saved.id), { format: 'appeal-letters/draft', formatVersion: 1, draft: saved });
    return saved;
  }

  delete(id: string): void {
    rmSync(this.file(id), { force: true });
    rmSync(`${this.file(id)}.bak`, { force: true });
  }
}

/** The title the coordinator sees in the list of drafts: the first language's title that is filled in. */
export function draftTitle(draft: Draft): string {
  return Object.values(draft.campaign.languages).find((text) => text.title.trim())?.title.trim() ?? '';
}

function summary(draft: Draft): DraftSummary {
  return { id: draft.id, title: draftTitle(draft), updated: draft.updated, origin: draft.origin };
}
