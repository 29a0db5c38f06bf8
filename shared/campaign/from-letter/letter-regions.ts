/**
 * The text before the salutation (address, date, subject, sometimes a copy block or sender blanks)
 * and after the closing (sender blanks, copy block, footer), read line by line.
 */
import type { LetterPart, SenderBlank } from './types';
import { addressScore, isCountryLike, isPostcodeLine, looksLikePersonName, startsAddress } from './address-lines';
import { copiesAfterLabel, isBlankOnly, isLabelLine, isPlaceDateLine, isProse, senderBlanksOf, subjectAfterLabel } from './line-kinds';
import { assign, readCopyBlock, type LetterReading } from './letter-reading';
import type { CleanLine } from './clean-text';

/** Sender blanks go to `signature`, the place-and-date blank to `placeDate`; a line may hold both. */
function assignBlanks(reading: LetterReading, index: number, blanks: readonly SenderBlank[]): LetterPart {
  blanks.forEach((blank) => reading.senderBlanks.add(blank));
  if (blanks.includes('placeDate')) assign(reading, index, 'placeDate');
  if (blanks.some((blank) => blank !== 'placeDate')) assign(reading, index, 'signature');
  return blanks.every((blank) => blank === 'placeDate') ? 'placeDate' : 'signature';
}

/**
 * A labelled line other than the copy label: the subject, sender blanks, the place-and-date line.
 * Returns the part a following line of blanks belongs to, or undefined when the line is none of these.
 */
function readLabelled(reading: LetterReading, index: number): LetterPart | undefined {
  const text = reading.lines[index]?.text ?? '';
  const blanks = senderBlanksOf(text);
  if (blanks.length > 0) return assignBlanks(reading, index, blanks);
  if (isPlaceDateLine(text)) return assignBlanks(reading, index, ['placeDate']);
  return undefined;
}

function nextFilled(reading: LetterReading, from: number, end: number): number {
  for (let i = from; i < end; i++) if (reading.lines[i]?.text) return i;
  return -1;
}

// An address has at most a handful of lines; a longer run of free lines is looked at for one at
// its start and at its end (next to the salutation), so that a long run costs no more than two.
const ADDRESS_WINDOW = 12;

function addressCandidates(runs: readonly number[][]): number[][] {
  return runs.flatMap((run) => (run.length <= ADDRESS_WINDOW ? [run] : [run.slice(0, ADDRESS_WINDOW), run.slice(-ADDRESS_WINDOW)]));
}

/** The run of free header lines that reads best as an address, trimmed to where the address starts and ends. */
function placeAddress(reading: LetterReading, runs: readonly number[][]): void {
  let best: number[] | undefined;
  let bestScore = 2;
  for (const run of addressCandidates(runs)) {
    const score = addressScore(run.map((i) => reading.lines[i]?.text ?? ''));
    if (score > bestScore) [best, bestScore] = [run, score];
  }
  if (!best) return;
  const texts = best.map((i) => reading.lines[i]?.text ?? '');
  // The address starts at its first title or office, or at the name just above an office line
  // ("Ilham Aliyev" / "Presidential Palace"); lines before it are something else (a heading).
  const office = texts.findIndex(startsAddress);
  const start = office > 0 && looksLikePersonName(texts[office - 1] ?? '') ? office - 1 : Math.max(0, office);
  let end = texts.length - 1;
  const postcode = texts.findIndex((text, i) => i >= start && isPostcodeLine(text));
  if (postcode >= 0) end = postcode + (isCountryLike(texts[postcode + 1] ?? '') ? 1 : 0);
  reading.addressLines = texts.slice(start, end + 1);
  best.slice(start, end + 1).forEach((index) => assign(reading, index, 'recipient'));
}

export function readHeader(reading: LetterReading, start: number, end: number): void {
  const runs: number[][] = [];
  let run: number[] = [];
  const endRun = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  let blanksBelongTo: LetterPart | undefined;
  for (let i = start; i < end; i++) {
    const line = reading.lines[i];
    if (!line?.text) {
      if (!reading.spaced) endRun();
      continue;
    }
    const subject = subjectAfterLabel(line.text);
    if (subject !== undefined) {
      endRun();
      assign(reading, i, 'subject');
      // "Betreff:" alone: the subject is the next line.
      const next = subject ? -1 : nextFilled(reading, i + 1, end);
      const nextText = reading.lines[next]?.text;
      const ownLine = nextText && !isLabelLine(nextText) ? nextText : undefined;
      if (ownLine) {
        assign(reading, next, 'subject');
        i = next;
      }
      reading.subject ??= subject || ownLine;
      continue;
    }
    if (copiesAfterLabel(line.text) !== undefined) {
      endRun();
      i = readCopyBlock(reading, i, end, 'header');
      continue;
    }
    const labelled = readLabelled(reading, i);
    if (labelled) {
      endRun();
      blanksBelongTo = labelled;
      continue;
    }
    if (isBlankOnly(line) && blanksBelongTo) {
      assign(reading, i, blanksBelongTo);
      continue;
    }
    blanksBelongTo = undefined;
    if (isProse(line.text) || isBlankOnly(line)) endRun();
    else run.push(i);
  }
  endRun();
  placeAddress(reading, runs);
}

/** After the closing: sender blanks, the copy block, and the footer (what follows them, or prose). */
export function readTail(reading: LetterReading, start: number, end: number): void {
  let inFooter = false;
  let afterCopies = false;
  let blanksBelongTo: LetterPart = 'signature';
  for (let i = start; i < end; i++) {
    const line = reading.lines[i];
    if (!line?.text) continue;
    if (copiesAfterLabel(line.text) !== undefined) {
      i = readCopyBlock(reading, i, end, 'tail');
      afterCopies = true;
      continue;
    }
    const labelled = readLabelled(reading, i);
    if (labelled) {
      blanksBelongTo = labelled;
      continue;
    }
    if (isBlankOnly(line)) {
      assign(reading, i, blanksBelongTo);
      reading.senderBlanks.add(blanksBelongTo === 'placeDate' ? 'placeDate' : 'signature');
      continue;
    }
    if (inFooter || afterCopies || isProse(line.text)) {
      assign(reading, i, 'footer');
      inFooter = true;
    }
  }
}

/** Where the body ends when no closing was found: at the first copy label or sender blank. */
export function bodyEndWithoutClosing(lines: readonly CleanLine[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]?.text;
    if (text && (copiesAfterLabel(text) !== undefined || senderBlanksOf(text).length > 0)) return i;
  }
  return lines.length;
}
