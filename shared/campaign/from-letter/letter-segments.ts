/**
 * The letter cut at its salutation and closing into head, body and tail, with the hard-wrapped
 * lines of the body and tail joined. Found on the lines as extracted, before joining: the head's
 * address lines must never be joined ("Generalstaatsanwalt der …" / "ul. Malyschewa 15").
 */
import { isSpacedText, joinWrappedLines, type CleanLine, type JoinRules } from './clean-text';
import { isClosingLine, isCompleteClosing, isSalutationLine } from './forms-match';
import { isLabelLine, isProse, listMarkerOf } from './line-kinds';
import { bodyEndWithoutClosing } from './letter-regions';

export interface LetterSegments {
  /** The lines after joining; indices below point into these. */
  lines: CleanLine[];
  /** Index of the salutation line, or -1; the head is everything before the body. */
  salutation: number;
  bodyStart: number;
  /** One past the body's last line. */
  bodyEnd: number;
  /** Index of the closing line, or -1. */
  closing: number;
  tailStart: number;
}

const keepApart = (previous: string, next: string): boolean =>
  listMarkerOf(next) !== undefined ||
  /^c\/o\b/i.test(next) ||
  isCompleteClosing(previous) ||
  isLabelLine(previous) ||
  isLabelLine(next);

// Inside the body a PDF also breaks before capitals and digits; elsewhere only a lower-case
// continuation is joined (a closing's second line, a footer's), never a new address line.
const bodyRules = (spaced: boolean): JoinRules => ({ capitalised: true, acrossEmptyLine: spaced, keepApart });
const tailRules = (spaced: boolean): JoinRules => ({ capitalised: false, acrossEmptyLine: spaced, keepApart });

function findSalutation(lines: readonly CleanLine[], lang: string): number {
  const lastFilled = lines.findLastIndex((line) => line.text !== '');
  return lines.findIndex((line, i) => i < lastFilled && line.text !== '' && isSalutationLine(line.text, lang));
}

/** Without a salutation the body starts at the first sentence. */
function firstProse(lines: readonly CleanLine[]): number {
  const found = lines.findIndex((line) => line.text !== '' && isProse(line.text) && !isLabelLine(line.text));
  return found >= 0 ? found : lines.length;
}

export function segmentLetter(cleaned: readonly CleanLine[], lang: string): LetterSegments {
  const salutation = findSalutation(cleaned, lang);
  const bodyStart = salutation >= 0 ? salutation + 1 : firstProse(cleaned);
  const closingFound = cleaned.findIndex((line, i) => i >= bodyStart && line.text !== '' && isClosingLine(line.text));
  const rawBodyEnd = closingFound >= 0 ? closingFound : bodyEndWithoutClosing(cleaned, bodyStart);
  const spaced = isSpacedText(cleaned);
  const body = joinWrappedLines(cleaned.slice(bodyStart, rawBodyEnd), bodyRules(spaced));
  const tail = joinWrappedLines(cleaned.slice(rawBodyEnd), tailRules(spaced));
  const bodyEnd = bodyStart + body.length;
  const closing = closingFound >= 0 ? bodyEnd : -1;
  return {
    lines: [...cleaned.slice(0, bodyStart), ...body, ...tail],
    salutation,
    bodyStart,
    bodyEnd,
    closing,
    tailStart: closing >= 0 ? closing + 1 : bodyEnd,
  };
}
