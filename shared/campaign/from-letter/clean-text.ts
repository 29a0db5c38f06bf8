/**
 * A letter's text as DOCX/PDF/e-mail readers hand it over, made into lines the recogniser can read:
 * word-processor artefacts dropped, spaces made plain, blanks to fill in ("Ort, Datum: ______",
 * "Lieu, date : ……") made into one recognisable token, and — on request — the hard line breaks a
 * PDF leaves inside a paragraph joined again.
 *
 * Every pattern here is linear: letters reach 64 KB, and pasted text can be anything.
 */

/** What a blank to fill in becomes, wherever the letter drew it with underscores, dots or a tab leader. */
export const BLANK = '____';

export interface CleanLine {
  /** The line's text, single-spaced and trimmed; '' for an empty line. */
  text: string;
  /** How many blanks to fill in the line holds. */
  blanks: number;
}

// Word field instructions as some extractors leave them ("{ PAGE }", "{ MERGEFIELD Name }").
const FIELD_NAMES =
  'PAGE|NUMPAGES|SECTIONPAGES|MERGEFIELD|HYPERLINK|REF|PAGEREF|NOTEREF|TOC|TC|XE|DATE|TIME|CREATEDATE|SAVEDATE|PRINTDATE|' +
  'FORMTEXT|FORMCHECKBOX|FORMDROPDOWN|SEQ|INCLUDEPICTURE|INCLUDETEXT|SYMBOL|FILENAME|AUTHOR|TITLE|FILLIN|ASK|IF|QUOTE|' +
  'DOCPROPERTY|DOCVARIABLE|SET|EQ|ADDRESSBLOCK|GREETINGLINE|SHAPE|EMBED|LINK|USERNAME|USERADDRESS|MACROBUTTON|GOTOBUTTON|AUTOTEXT|STYLEREF';
// `[^{}\n]*` stops at the next brace, so nested fields are removed inside out, one pass per level.
const BRACED_FIELD = new RegExp(`\\{ ?(?:${FIELD_NAMES})\\b[^{}\\n]*\\}`, 'g');
const BARE_HYPERLINK = /\bHYPERLINK +(?:\\[a-z] +)*(?:"[^"\n]*"|[^\s"]+)(?: +\\[a-z]+(?: +"[^"\n]*")?)* ?/g;
const BARE_MERGEFIELD = /\bMERGEFIELD +(?:"[^"\n]*"|[^\s\\]+) ?/g;
const FIELD_SWITCH = / ?\\\* ?(?:MERGEFORMAT|CHARFORMAT|Upper|Lower|Caps|FirstCap)\b/g;
const FORM_FIELD = /\bFORM(?:TEXT|CHECKBOX|DROPDOWN)\b/g;
const BOOKMARK = /\[bookmark:[^\]\n]*\]/gi;
// What Word prints where a cross-reference broke, in the four languages.
const BROKEN_REFERENCE =
  /(?:Error! (?:Bookmark not defined|Reference source not found)\.|Fehler! (?:Textmarke nicht definiert|Verweisquelle konnte nicht gefunden werden)\.|Erreur ! (?:Signet non défini|Source du renvoi introuvable)\.|Errore\. (?:Il segnalibro non è definito|L'origine riferimento non è stata trovata)\.)/g;

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\v\f]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 controls other than tab and newline: never text, often left by converters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Underscores, dot leaders ("........", ". . . .", "……") and a lone "…" after a label's colon.
const BLANK_RUN = /_{3,}|(?:[.…] ?){4,}|…{2,}/g;
const ELLIPSIS_AFTER_LABEL = /: ?…$/;

function dropArtefacts(text: string): string {
  let result = text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACES, ' ')
    .replace(BOOKMARK, '')
    .replace(BROKEN_REFERENCE, '');
  for (let depth = 0; depth < 3; depth++) result = result.replace(BRACED_FIELD, '');
  return result.replace(BARE_HYPERLINK, '').replace(BARE_MERGEFIELD, '').replace(FIELD_SWITCH, '').replace(FORM_FIELD, '');
}

function cleanLine(raw: string): CleanLine {
  let text = raw.replace(/\t+/g, ' ').replace(BLANK_RUN, ` ${BLANK} `);
  text = text.replace(/ +/g, ' ').trim().replace(ELLIPSIS_AFTER_LABEL, `: ${BLANK}`);
  let blanks = 0;
  for (let at = text.indexOf(BLANK); at >= 0; at = text.indexOf(BLANK, at + BLANK.length)) blanks++;
  return { text, blanks };
}

/** The letter as clean lines, empty lines kept (they may separate paragraphs). */
export function cleanLetterText(raw: string): CleanLine[] {
  return dropArtefacts(raw).split('\n').map(cleanLine);
}

export interface JoinRules {
  /** Also join a line that starts with a capital or a digit: inside a PDF's body, German nouns do. */
  capitalised: boolean;
  /**
   * Also join across one empty line, for a lower-case continuation only: in text where an empty
   * line follows every paragraph (DOCX readers), a line break inside a paragraph gets one too.
   */
  acrossEmptyLine?: boolean;
  /** Lines the recogniser knows belong apart (a list item, a label, a closing formula). */
  keepApart: (previous: string, next: string) => boolean;
}

// A wrapped line is one the page width cut: long. Shorter lines are address lines and labels.
const MIN_WRAPPED_LENGTH = 30;
const MIN_WRAPPED_LENGTH_CAPITALISED = 60;
const SENTENCE_END = /[.!?:;…]["'”»’)\]]*$/;
const LOWER_START = /^\p{Ll}/u;
const CAPITAL_START = /^[\p{Lu}\p{N}"„“«(]/u;

function continues(previous: string, next: string, rules: JoinRules, afterEmptyLine: boolean): boolean {
  if (previous.length < MIN_WRAPPED_LENGTH || SENTENCE_END.test(previous.slice(-8))) return false;
  if (rules.keepApart(previous, next)) return false;
  if (LOWER_START.test(next)) return true;
  return !afterEmptyLine && rules.capitalised && previous.length >= MIN_WRAPPED_LENGTH_CAPITALISED && CAPITAL_START.test(next);
}

/**
 * Joins a paragraph's hard-wrapped lines: a line that does not end a sentence, directly followed
 * by one that goes on with it, as in the seed letter's "situation of" / "the Armenian population".
 * A word hyphenated at the line end is joined without a space.
 */
export function joinWrappedLines(lines: readonly CleanLine[], rules: JoinRules): CleanLine[] {
  const joined: CleanLine[] = [];
  // One empty line held back while it may turn out to sit inside a paragraph.
  let heldEmpty: CleanLine | undefined;
  const release = () => {
    if (heldEmpty) joined.push(heldEmpty);
    heldEmpty = undefined;
  };
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (!line.text) {
      if (rules.acrossEmptyLine && !heldEmpty && previous?.text) heldEmpty = { ...line };
      else {
        release();
        joined.push({ ...line });
      }
      continue;
    }
    if (previous?.text && continues(previous.text, line.text, rules, heldEmpty !== undefined)) {
      const glue = /\p{L}-$/u.test(previous.text) ? '' : ' ';
      previous.text = `${previous.text}${glue}${line.text}`;
      previous.blanks += line.blanks;
      heldEmpty = undefined;
      continue;
    }
    release();
    joined.push({ ...line });
  }
  release();
  return joined;
}

/** Whether an empty line follows (nearly) every paragraph, as DOCX readers give text: then empty lines say little. */
export function isSpacedText(lines: readonly CleanLine[]): boolean {
  let filled = 0;
  let followedByEmpty = 0;
  lines.forEach((line, i) => {
    if (!line.text) return;
    filled++;
    if (lines[i + 1]?.text === '') followedByEmpty++;
  });
  return filled >= 4 && followedByEmpty / filled >= 0.7;
}
