import { randomUUID } from 'node:crypto';
import { groupSchema, type Group, type GroupSummary } from '../../../shared/api/operations/batch-ops';
import type { Member } from '../../../shared/members/member';
import { JsonFolder } from '../json-folder';

/**
 * A coordinator's named member groups: one file each in `<userData>/groups/`, so a damaged file
 * costs one group, never all of them (and never the member's own settings).
 */
export class GroupStore {
  private readonly folder: JsonFolder<Group>;

  constructor(
    dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.folder = new JsonFolder(dir, { format: 'appeal-letters/group', key: 'group', schema: groupSchema, idPattern: /^[a-z0-9-]+$/ });
  }

  list(): GroupSummary[] {
    return this.folder
      .all()
      .map(summary)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Group | undefined {
    return this.folder.get(id);
  }

  save(input: { id?: string; name: string; members: Member[] }): GroupSummary {
    const group: Group = { id: input.id ?? randomUUID(), name: input.name.trim(), members: input.members, updated: this.now().toISOString() };
    this.folder.put(group.id, group);
    return summary(group);
  }

  delete(id: string): void {
    this.folder.delete(id);
  }
}

function summary(group: Group): GroupSummary {
  return { id: group.id, name: group.name, memberCount: group.members.length, updated: group.updated };
}
