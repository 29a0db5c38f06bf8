/**
 * What reading a letter file gives: its text, or one of a closed list of reasons it could not be
 * read. Each reason has a plain sentence in four languages (shared/i18n/locales/<lang>/letter-file.json):
 * the member is told what to do, never shown an error from a library.
 */
export const LETTER_FILE_FAILURES = ['tooLarge', 'empty', 'imageOnly', 'passwordProtected', 'unreadable', 'unsupportedType'] as const;
export type LetterFileFailure = (typeof LETTER_FILE_FAILURES)[number];

export type LetterFileKind = 'docx' | 'pdf' | 'txt';
export type LetterFileResult = { ok: true; text: string; kind: LetterFileKind } | { ok: false; reason: LetterFileFailure };

/** An appeal letter is 10–200 KB; anything over this is the wrong file, refused before it is read. */
export const MAX_LETTER_FILE_BYTES = 20 * 1024 * 1024;
/** What a DOCX may unpack to: a zip that claims more (a "zip bomb") is refused before inflating. */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** A DOCX holds a few dozen parts; thousands of entries only cost time. */
export const MAX_DOCX_ENTRIES = 2000;
/** A letter is 1–3 pages: reading stops after this many, and the rest is left out. */
export const MAX_PDF_PAGES = 50;
/**
 * Text kept from any letter (characters; 4–5 pages of letter are ~15 000). Reading stops here:
 * what comes after is not the letter, and the recogniser need not wade through it.
 */
export const MAX_LETTER_TEXT = 256 * 1024;
/** Time a PDF may take to read before the app gives up on it. */
export const PDF_TIMEOUT_MS = 20_000;

/** Thrown inside a reader to end it with a reason; anything else thrown becomes `unreadable`. */
export class LetterFileError extends Error {
  constructor(readonly reason: LetterFileFailure) {
    super(reason);
    this.name = 'LetterFileError';
  }
}
