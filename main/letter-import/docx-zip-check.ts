import { Inflate } from 'fflate';
import { LetterFileError, MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED_BYTES } from './letter-file-result';

/**
 * A DOCX is a zip. mammoth unpacks it with JSZip, which inflates whole entries into memory: a
 * 100 KB file can unpack to gigabytes (a "zip bomb"). This check runs first. It reads the zip's
 * central directory (what each entry claims to unpack to) and refuses a file whose claims add up to
 * more than a letter could ever need; then it inflates each entry in small steps, counting,
 * and stops at the first one that grows past its claim. A file that passes unpacks, in JSZip, to no
 * more than its claims: JSZip reads the same central directory.
 *
 * A Word file saved with a password is not a zip at all but an OLE container holding an
 * "EncryptedPackage" stream: that is said as such.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP64_MARK = 0xffffffff;
/** Compressed data goes in 4 KB steps: at deflate's ~1000:1 at most, each step makes ≤ 4 MB. */
const STEP = 4096;

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function checkDocxZip(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new LetterFileError(encrypted ? 'passwordProtected' : 'unreadable');
  }
  const entries = centralDirectory(bytes);
  const claimed = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (claimed > MAX_DOCX_UNPACKED_BYTES) throw new LetterFileError('tooLarge');
  for (const entry of entries) checkEntry(bytes, entry);
}

function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment (up to 64 KB) follows it.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new LetterFileError('unreadable');
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 is for archives over 4 GB or 65 535 entries: never a letter.
  if (count === 0xffff || offset === ZIP64_MARK || count > MAX_DOCX_ENTRIES) throw new LetterFileError('tooLarge');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new LetterFileError('unreadable');
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) {
      throw new LetterFileError('tooLarge');
    }
    entries.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates one entry, counting, and stops as soon as it unpacks to more than it claimed. */
function checkEntry(bytes: Uint8Array, entry: ZipEntry): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new LetterFileError('unreadable');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  // A zip-encrypted entry (flag bit 0) is not something Word writes; a truncated one cannot be read.
  if (entry.flags & 1 || data.length !== entry.compressedSize) throw new LetterFileError('unreadable');
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new LetterFileError('unreadable');
    return;
  }
  if (entry.method !== 8 || data.length === 0) throw new LetterFileError('unreadable');
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new LetterFileError('tooLarge');
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    throw error instanceof LetterFileError ? error : new LetterFileError('unreadable');
  }
}
