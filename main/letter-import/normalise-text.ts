import { withoutHiddenControls } from '../../shared/security/hidden-controls';
import { MAX_LETTER_TEXT } from './letter-file-result';

/**
 * The one shape of letter text the recogniser reads, whatever it came from (DOCX, PDF, .txt or
 * text pasted from an e-mail): "\n" line ends, one paragraph per line (a line break inside a
 * paragraph, as in an address block, stays a line of its own), at most one blank line between
 * paragraphs, bullet items starting "• ", no invisible or control characters.
 */

// Bullets as they arrive: Word's Symbol/Wingdings glyphs come out of PDFs in the private use area
// (U+F0B7), a .txt saved from Word has "·", e-mail text "-" or "*". Not dashes: a hard-wrapped
// sentence may go on with a line that starts "– ".
const BULLET_AT_START = /^(?:[•·▪▫◦‣⁃●○■□►▶➢✓✔*-]|[\uF000-\uF0FF])[ \t\u00A0]+(?=\S)/u;
/** C0/C1 controls but for "\n" and "\t", BOMs, soft hyphens and zero-width spaces: never meant to print. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\uFEFF]/gu;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normaliseLetterText(raw: string): string {
  const text = raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    // A Unicode paragraph separator is a paragraph; a form feed (a page break) ends one too.
    .replace(/\u2029|\f/g, '\n\n')
    // eslint-disable-next-line no-control-regex -- a vertical tab is Word's line break in copied text
    .replace(/\r\n?|\u2028|\u0085|\u000B/g, '\n')
    .replace(INVISIBLE, '');
  const lines: string[] = [];
  // Direction marks and the like, invisible in the editor, would get the campaign refused on saving.
  for (const rawLine of withoutHiddenControls(text).split('\n')) {
    const line = rawLine.replace(/[ \t]+/g, ' ').trim().replace(BULLET_AT_START, '• ');
    // Blank lines shrink to one: word processors and PDFs leave runs of them around an address.
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return capLength(lines.join('\n'));
}

/** Cuts an overlong text at the last line end before the limit: the letter is at its start. */
function capLength(text: string): string {
  if (text.length <= MAX_LETTER_TEXT) return text;
  const cut = text.lastIndexOf('\n', MAX_LETTER_TEXT);
  return text.slice(0, cut > 0 ? cut : MAX_LETTER_TEXT).trimEnd();
}

/** True when a text has nothing to read in it (only spaces and line ends). */
export function isBlank(text: string): boolean {
  return !/\S/u.test(text);
}
