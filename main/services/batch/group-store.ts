import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { groupSchema, type Group, type GroupSummary } from '../../../shared/api/operations/batch-ops';
import type { Member } from '../../../shared/members/member';
import { readJsonFile, writeJsonFile } from './json-file';

const groupFileSchema = z.object({
  format: z.literal('appeal-letters/group'),
  formatVersion: z.literal(1),
  group: groupSchema,
});

/**
 * A coordinator's named member groups: one file each in `<userData>/groups/`, so a damaged file
 * costs one group, never all of them (and never the member's own settings).
 */
export class GroupStore {
  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  list(): GroupSummary[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((name) => /^[a-z0-9-]+\.json$/.test(name))
      .map((name) => this.get(name.slice(0, -'.json'.length)))
      .filter((group): group is Group => group !== undefined)
      .map(summary)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Group | undefined {
    return readJsonFile(this.file(id), groupFileSchema)?.group;
  }

  save(input: { id?: string; name: string; members: Member[] }): GroupSummary {
    mkdirSync(this.dir, { recursive: true });
    const group: Group = { id: input.id ?? randomUUID(), name: input.name.trim(), members: input.members, updated: this.now().toISOString() };
    writeJsonFile(this.file(group.id), { format: 'appeal-letters/group', formatVersion: 1, group });
    return summary(group);
  }

  delete(id: string): void {
    rmSync(this.file(id), { force: true });
    rmSync(`${this.file(id)}.bak`, { force: true });
  }
}

function summary(group: Group): GroupSummary {
  return { id: group.id, name: group.name, memberCount: group.members.length, updated: group.updated };
}
