import { open } from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '../text/decode-text';
import {
  LetterFileError,
  MAX_LETTER_FILE_BYTES,
  type LetterFileKind,
  type LetterFileResult,
} from './letter-file-result';
import { isBlank, normaliseLetterText } from './normalise-text';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';

export { LETTER_FILE_FAILURES, type LetterFileFailure, type LetterFileResult } from './letter-file-result';
export { normaliseLetterText } from './normalise-text';

/**
 * An appeal letter as the organisation sent it (Word, PDF or a text file) turned into plain text
 * for the recogniser (shared/campaign/from-letter), or the reason it could not be. Never throws:
 * every failure is one of LETTER_FILE_FAILURES, which the UI words for the member.
 */

const KINDS: Record<string, LetterFileKind> = { '.docx': 'docx', '.pdf': 'pdf', '.txt': 'txt', '.text': 'txt' };

export function letterFileKind(fileName: string): LetterFileKind | undefined {
  return KINDS[path.extname(fileName).toLowerCase()];
}

export async function readLetterFile(filePath: string): Promise<LetterFileResult> {
  if (!letterFileKind(filePath)) return { ok: false, reason: 'unsupportedType' };
  let bytes: Uint8Array;
  try {
    // The size is checked on the open file, before reading it, so a huge file is never loaded,
    // and it cannot be swapped for another between the check and the read.
    const handle = await open(filePath, 'r');
    try {
      const { size, isFile } = await handle.stat().then((stat) => ({ size: stat.size, isFile: stat.isFile() }));
      if (!isFile) return { ok: false, reason: 'unreadable' };
      if (size > MAX_LETTER_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return readLetterBytes(bytes, path.basename(filePath));
}

/** The same for a file's content already in memory (e.g. dropped on the window); the name gives its kind. */
export async function readLetterBytes(bytes: Uint8Array, fileName: string): Promise<LetterFileResult> {
  const kind = letterFileKind(fileName);
  if (!kind) return { ok: false, reason: 'unsupportedType' };
  if (bytes.length > MAX_LETTER_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  try {
    const raw = kind === 'docx' ? await readDocx(bytes) : kind === 'pdf' ? await readPdf(bytes) : readTxt(bytes);
    const text = normaliseLetterText(raw);
    return isBlank(text) ? { ok: false, reason: 'empty' } : { ok: true, text, kind };
  } catch (error) {
    return { ok: false, reason: error instanceof LetterFileError ? error.reason : 'unreadable' };
  }
}

/** Text pasted from an e-mail: the same normalisation as a file's text. */
export function readLetterText(pasted: string): LetterFileResult {
  const text = normaliseLetterText(pasted);
  return isBlank(text) ? { ok: false, reason: 'empty' } : { ok: true, text, kind: 'txt' };
}

function readTxt(bytes: Uint8Array): string {
  const text = decodeText(bytes);
  // A binary file named .txt: text has no NUL characters, nor many other control characters.
  // eslint-disable-next-line no-control-regex -- control characters are what gives a binary file away
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length / 100) throw new LetterFileError('unreadable');
  return text;
}
