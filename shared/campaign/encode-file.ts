import { BUNDLE_FORMAT, SUPPORTED_FORMAT_VERSION, type Campaign } from './schema';

/**
 * Writes campaigns back in the file format: one campaign as a campaign file, several as a
 * bundle. Pretty-printed UTF-8 JSON, so that a curious member or a campaign author can read it;
 * the campaign objects go out as they came in, unknown fields and all.
 */
export function encodeCampaignFile(campaigns: readonly Campaign[]): Uint8Array {
  const content =
    campaigns.length === 1
      ? campaigns[0]
      : { format: BUNDLE_FORMAT, formatVersion: SUPPORTED_FORMAT_VERSION, campaigns };
  return new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`);
}
