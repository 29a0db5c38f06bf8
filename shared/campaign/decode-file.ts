import { problem, type Problem } from './problem';

/** Campaign files are small text; anything bigger is the wrong file (and would slow the app). */
export const MAX_CAMPAIGN_FILE_BYTES = 5 * 1024 * 1024;
/**
 * A real campaign nests about six levels deep. Far deeper JSON (easy to fit in 5 MB) would
 * overflow the stack later, when the campaign is saved or exported with JSON.stringify.
 */
const MAX_NESTING = 64;
const CAMPAIGN_FILE_NAME = /\.(appeal|json)$/i;

export type DecodeResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** From the bytes of a chosen file to parsed JSON, or the first reason it is not a readable file. */
export function decodeCampaignFile(bytes: Uint8Array, fileName: string): DecodeResult {
  if (!CAMPAIGN_FILE_NAME.test(fileName.trim())) return refuse('fileWrongType');
  if (bytes.byteLength > MAX_CAMPAIGN_FILE_BYTES) {
    return { ok: false, problem: problem('fileTooLarge', { maxMegabytes: MAX_CAMPAIGN_FILE_BYTES / 1024 / 1024 }) };
  }
  let text: string;
  try {
    // `fatal` refuses Latin-1 and other non-UTF-8 files; a leading byte-order mark is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('fileNotText');
  }
  if (text.trim() === '') return refuse('fileEmpty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('fileNotJson');
  }
  if (nestsDeeperThan(value, MAX_NESTING)) return refuse('fileTooDeep');
  return { ok: true, value };
}

function refuse(key: 'fileWrongType' | 'fileNotText' | 'fileEmpty' | 'fileNotJson' | 'fileTooDeep'): DecodeResult {
  return { ok: false, problem: problem(key) };
}

/** Iterative on purpose: a recursive walk would itself overflow on the files it guards against. */
function nestsDeeperThan(root: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}
