import { Inflate } from 'fflate';

/**
 * The one place where the app opens a zip it was handed (a DOCX letter, an .xlsx member list).
 * Zip libraries inflate whole entries into memory: a 100 KB file can unpack to gigabytes (a
 * "zip bomb"). So the central directory — what each entry claims to unpack to — is read and
 * judged first, before anything is inflated; then each entry is inflated in small steps, counting,
 * and stops as soon as it grows past its claim. What passes unpacks to no more than its claims.
 */

export type ZipFailure = 'tooLarge' | 'unreadable';

/** Thrown when a zip breaks a limit (`tooLarge`) or is not a zip a program wrote (`unreadable`). */
export class ZipLimitError extends Error {
  constructor(readonly reason: ZipFailure) {
    super(reason);
    this.name = 'ZipLimitError';
  }
}

export interface ZipLimits {
  /** The most entries: real documents hold a few dozen parts; thousands only cost time. */
  maxEntries: number;
  /** The most all entries together may claim to unpack to. */
  maxUnpackedBytes: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/**
 * Compressed data goes in 16 KB steps: at deflate's ~1000:1 at most, each step makes ≤ 16 MB before
 * it is counted. (Smaller steps cost more in fflate's per-push work than they save.)
 */
const STEP = 16 * 1024;
/**
 * Deflate cannot pack better than ~1032:1; XML that people type packs 5–50:1. An entry over a
 * megabyte that claims more than this is a run of one repeated byte: only a bomb is made of that.
 */
const BOMB_RATIO = 500;
const BOMB_RATIO_FROM_BYTES = 1024 * 1024;

/** The entries a zip claims to hold, refused before any inflating if the claims break the limits. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const entries = centralDirectory(bytes, limits);
  const claimed = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (claimed > limits.maxUnpackedBytes) throw new ZipLimitError('tooLarge');
  const bomb = entries.some((e) => e.size > BOMB_RATIO_FROM_BYTES && e.size > BOMB_RATIO * Math.max(e.compressedSize, 1));
  if (bomb) throw new ZipLimitError('tooLarge');
  return entries;
}

function centralDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment (up to 64 KB) follows it.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError('unreadable');
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 is for archives over 4 GB or 65 535 entries: never a letter or a member list.
  if (count === 0xffff || offset === ZIP64_MARK || count > limits.maxEntries) throw new ZipLimitError('tooLarge');
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipLimitError('unreadable');
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) {
      throw new ZipLimitError('tooLarge');
    }
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Inflates one entry in small steps, handing each piece to `onData`, and stops with `tooLarge` as
 * soon as it unpacks to more than it claimed. `onData` returns false to stop early (the reader
 * has what it needs); nothing more is inflated then.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onData: (chunk: Uint8Array) => boolean | void = () => {}): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new ZipLimitError('unreadable');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  // A zip-encrypted entry (flag bit 0) is not something Office writes; a truncated one cannot be read.
  if (entry.flags & 1 || data.length !== entry.compressedSize) throw new ZipLimitError('unreadable');
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipLimitError('unreadable');
    for (let at = 0; at < data.length; at += STEP * 16) if (onData(data.subarray(at, at + STEP * 16)) === false) return;
    return;
  }
  if (entry.method !== 8 || data.length === 0) throw new ZipLimitError('unreadable');
  let produced = 0;
  let stopped = false;
  let tooLarge = false;
  let readerError: unknown;
  const inflate = new Inflate((chunk) => {
    if (stopped) return;
    produced += chunk.length;
    if (produced > entry.size) {
      tooLarge = stopped = true;
      return;
    }
    // The reader's own refusal (too many rows, say) is its to tell, not "unreadable".
    try {
      if (onData(chunk) === false) stopped = true;
    } catch (error) {
      readerError = error;
      stopped = true;
    }
  });
  try {
    for (let at = 0; at < data.length && !stopped; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    if (!stopped) throw new ZipLimitError('unreadable');
  }
  if (tooLarge) throw new ZipLimitError('tooLarge');
  if (readerError !== undefined) throw readerError;
}
