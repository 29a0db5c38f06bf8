import { inflateEntry, zipEntries, ZipLimitError } from '../text/zip-limits';
import { LetterFileError, MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED_BYTES } from './letter-file-result';

/**
 * A DOCX is a zip, and mammoth unpacks it with JSZip, which inflates whole entries into memory.
 * This check runs first, with the app's one set of zip limits (../text/zip-limits.ts): the claims
 * of the central directory are judged, then every entry is inflated in small steps and counted.
 * A file that passes unpacks, in JSZip, to no more than its claims: JSZip reads the same directory.
 *
 * A Word file saved with a password is not a zip at all but an OLE container holding an
 * "EncryptedPackage" stream: that is said as such.
 */

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function checkDocxZip(bytes: Uint8Array): void {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new LetterFileError(encrypted ? 'passwordProtected' : 'unreadable');
  }
  try {
    const entries = zipEntries(bytes, { maxEntries: MAX_DOCX_ENTRIES, maxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES });
    for (const entry of entries) inflateEntry(bytes, entry);
  } catch (error) {
    throw error instanceof ZipLimitError ? new LetterFileError(error.reason) : error;
  }
}
