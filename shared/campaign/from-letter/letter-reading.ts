/**
 * The state of one recognition: the letter's lines and, per line, the part(s) it was given. A
 * line no reader claims stays unplaced, which is how nothing is dropped silently.
 */
import type { LetterPart, SenderBlank } from './types';
import { isSpacedText, type CleanLine } from './clean-text';
import { copiesAfterLabel, isBlankOnly, isLabelLine, isProse } from './line-kinds';
import { copyPerson, isAddressGroup, splitCopyGroups, type CopyReading } from './copy-block';
import { roleOfLine } from './address-lines';

export interface LetterReading {
  lines: CleanLine[];
  /** Per line, the parts it went to (a "Ort, Datum: __ Unterschrift: __" line goes to two); [] = unplaced. */
  parts: LetterPart[][];
  /** Whether the source put an empty line after (nearly) every paragraph, as DOCX readers do. */
  spaced: boolean;
  senderBlanks: Set<SenderBlank>;
  copies: CopyReading[];
  subject?: string;
  addressLines?: string[];
}

export function newReading(lines: CleanLine[]): LetterReading {
  return { lines, parts: lines.map(() => []), spaced: isSpacedText(lines), senderBlanks: new Set(), copies: [] };
}

export function assign(reading: LetterReading, index: number, part: LetterPart): void {
  const parts = reading.parts[index];
  if (parts && !parts.includes(part)) parts.push(part);
}

/**
 * The copy block from its label line on: the label's own text and the lines after it, until an
 * empty line (when empty lines mean something), a label, prose or a blank. Before the salutation
 * only the first address (and further embassies) is taken, since the recipient's address may
 * follow directly. Returns the index of the last line read.
 */
export function readCopyBlock(reading: LetterReading, labelIndex: number, end: number, where: 'header' | 'tail'): number {
  const { lines } = reading;
  const labelText = lines[labelIndex]?.text ?? '';
  const entries: Array<{ text: string; index: number }> = [];
  const rest = copiesAfterLabel(labelText);
  if (rest) entries.push({ text: rest, index: labelIndex });
  assign(reading, labelIndex, 'copies');
  for (let i = labelIndex + 1; i < end; i++) {
    const line = lines[i] as CleanLine;
    if (!line.text) {
      if (!reading.spaced && entries.length > 0) break;
      continue;
    }
    if (isLabelLine(line.text) || isProse(line.text) || isBlankOnly(line)) break;
    entries.push({ text: line.text, index: i });
  }
  let lastRead = labelIndex;
  const groups = splitCopyGroups(entries.map((entry) => entry.text));
  for (const [n, group] of groups.entries()) {
    const indices = entries.slice(group.from, group.to + 1).map((entry) => entry.index);
    const embassy = group.lines.some((line) => roleOfLine(line) === 'ambassador');
    if (where === 'header' && n > 0 && !embassy) break;
    if (isAddressGroup(group.lines)) {
      reading.copies.push(copyPerson(group.lines));
      indices.forEach((index) => assign(reading, index, 'copies'));
    } else if (where === 'tail') {
      indices.forEach((index) => assign(reading, index, 'footer'));
    } else {
      break;
    }
    lastRead = Math.max(lastRead, indices[indices.length - 1] ?? lastRead);
  }
  return lastRead;
}
