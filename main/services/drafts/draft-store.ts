import { draftSchema, type Draft, type DraftSummary } from '../../../shared/api/operations/draft-ops';
import { JsonFolder } from '../json-folder';

/**
 * Campaigns being written: one file each in `<userData>/drafts/`, kept like a group (atomic
 * write, the previous state as `.bak`, a damaged file moved aside and never reset), so a draft
 * survives a crash or a closed window and a damaged file costs one draft, not all of them.
 */
export class DraftStore {
  private readonly folder: JsonFolder<Draft>;

  constructor(
    dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.folder = new JsonFolder(dir, { format: 'appeal-letters/draft', key: 'draft', schema: draftSchema, idPattern: /^[a-f0-9-]+$/ });
  }

  list(): DraftSummary[] {
    return this.folder
      .all()
      .map(summary)
      .sort((a, b) => b.updated.localeCompare(a.updated));
  }

  get(id: string): Draft | undefined {
    return this.folder.get(id);
  }

  /** Saves the draft as given, stamped with the time; returns what was saved. */
  save(draft: Omit<Draft, 'updated'>): Draft {
    const saved: Draft = { ...draft, updated: this.now().toISOString() };
    this.folder.put(saved.id, saved);
    return saved;
  }

  delete(id: string): void {
    this.folder.delete(id);
  }
}

/** The title the coordinator sees in the list of drafts: the first language's title that is filled in. */
export function draftTitle(draft: Draft): string {
  return Object.values(draft.campaign.languages).find((text) => text.title.trim())?.title.trim() ?? '';
}

function summary(draft: Draft): DraftSummary {
  return { id: draft.id, title: draftTitle(draft), updated: draft.updated, origin: draft.origin };
}
