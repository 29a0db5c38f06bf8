import { z } from 'zod';
import { checkCampaign } from '../../../shared/campaign/check-campaign';
import { isJsonObject } from '../../../shared/campaign/json-object';
import type { Campaign } from '../../../shared/campaign/schema';

/**
 * The member's own campaigns as stored in library.json. Campaigns are kept as the objects that
 * were imported, so unknown fields survive until they are exported again.
 */
export interface LibraryState {
  campaigns: Campaign[];
  /** Ids the member archived; bundled campaigns can be archived too. */
  archivedIds: string[];
  /** Most recently deleted first; what `undoRemove` brings back. */
  deleted: DeletedCampaign[];
}

export interface DeletedCampaign {
  campaign: Campaign;
  archived: boolean;
  deletedAt: string;
}

export const EMPTY_LIBRARY: LibraryState = { campaigns: [], archivedIds: [], deleted: [] };

const LIBRARY_FORMAT = 'appeal-letters/library';
const LIBRARY_VERSION = 1;

const libraryFileSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.number().int().min(1),
  campaigns: z.array(z.unknown()),
  archivedIds: z.array(z.string()),
  deleted: z.array(z.object({ campaign: z.unknown(), archived: z.boolean(), deletedAt: z.string() })),
});

export function serializeLibrary(state: LibraryState): string {
  const file = { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, ...state };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedLibrary = { ok: true; state: LibraryState } | { ok: false; reason: 'damaged' | 'newer' };

/** Anything short of a library this version wrote in full counts as damaged. */
export function parseLibrary(text: string): ParsedLibrary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (isJsonObject(data) && data.format === LIBRARY_FORMAT && typeof data.version === 'number' && data.version > LIBRARY_VERSION) {
    return { ok: false, reason: 'newer' };
  }
  const parsed = libraryFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'damaged' };

  const campaigns = parsed.data.campaigns.map(asCampaign);
  const deleted = parsed.data.deleted.map((entry) => ({ ...entry, campaign: asCampaign(entry.campaign) }));
  const ids = campaigns.map((campaign) => campaign?.id);
  if (ids.includes(undefined) || deleted.some((entry) => !entry.campaign) || new Set(ids).size !== ids.length) {
    return { ok: false, reason: 'damaged' };
  }
  return {
    ok: true,
    state: {
      campaigns: campaigns as Campaign[],
      archivedIds: parsed.data.archivedIds,
      deleted: deleted as DeletedCampaign[],
    },
  };
}

function asCampaign(value: unknown): Campaign | undefined {
  if (!isJsonObject(value)) return undefined;
  const checked = checkCampaign(value);
  return checked.ok ? checked.campaign : undefined;
}
