import { BUNDLE_FORMAT, CAMPAIGN_FORMAT, type Campaign } from './schema';
import { checkCampaign, formatVersionProblem } from './check-campaign';
import { decodeCampaignFile } from './decode-file';
import { isJsonObject } from './json-object';
import { problem, shownValue, type Problem } from './problem';

export type ReadCampaignFileResult =
  | { ok: true; kind: 'campaign' | 'bundle'; campaigns: Campaign[] }
  | { ok: false; problem: Problem };

/**
 * Reads a campaign file (one campaign or a bundle) as campaign-format.md defines it, or says in
 * words what is wrong with it. All or nothing: one bad campaign refuses the whole bundle.
 * The campaigns come back exactly as in the file, unknown fields included.
 */
export function readCampaignFile(bytes: Uint8Array, fileName: string): ReadCampaignFileResult {
  const decoded = decodeCampaignFile(bytes, fileName);
  if (!decoded.ok) return decoded;
  const content = decoded.value;
  if (!isJsonObject(content)) return refuse(problem('fileNotCampaign'));
  if (content.format === BUNDLE_FORMAT) return readBundle(content);
  if (content.format === CAMPAIGN_FORMAT) {
    const checked = checkCampaign(content);
    return checked.ok ? { ok: true, kind: 'campaign', campaigns: [checked.campaign] } : checked;
  }
  return refuse(problem('fileNotCampaign'));
}

function readBundle(bundle: Record<string, unknown>): ReadCampaignFileResult {
  const versionProblem = formatVersionProblem(bundle.formatVersion);
  if (versionProblem) return refuse(versionProblem);
  const entries = bundle.campaigns;
  if (!Array.isArray(entries)) return refuse(problem('bundleCampaignsMissing'));
  if (entries.length === 0) return refuse(problem('bundleEmpty'));

  const campaigns: Campaign[] = [];
  const positionOfId = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const position = index + 1;
    const checked = isJsonObject(entry) && entry.format === CAMPAIGN_FORMAT
      ? checkCampaign(entry)
      : { ok: false as const, problem: problem('itemNotCampaign') };
    if (!checked.ok) return refuse(bundleEntryProblem(entry, position, entries.length, checked.problem));

    const { id } = checked.campaign;
    const first = positionOfId.get(id);
    if (first !== undefined) return refuse(problem('bundleDuplicateId', { id, first, second: position }));
    positionOfId.set(id, position);
    campaigns.push(checked.campaign);
  }
  return { ok: true, kind: 'bundle', campaigns };
}

/** Names the campaign by position, and by id when it has a usable one. */
function bundleEntryProblem(entry: unknown, position: number, count: number, cause: Problem): Problem {
  const id = isJsonObject(entry) && typeof entry.id === 'string' && entry.id.trim() !== '' ? entry.id : undefined;
  return id === undefined
    ? problem('bundleCampaignInvalidNoId', { position, count }, cause)
    : problem('bundleCampaignInvalid', { position, count, id: shownValue(id) }, cause);
}

function refuse(reason: Problem): ReadCampaignFileResult {
  return { ok: false, problem: reason };
}
