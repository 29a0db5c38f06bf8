/**
 * The copy block ("Copy:", "Kopie an", "Copie à", "cc") as persons: one per comma-separated line
 * ("Mrs Hanum Ibrahimova, Ambassador, Embassy …, 3006 Bern") or per address written over several
 * lines, an address ending with its postcode line (and the country after it).
 */
import type { Person } from '../schema';
import { genderOfBlock, isCountryLike, isPostcodeLine, looksLikePersonName, nameOf, officeOf, roleOfLine, startsAddress } from './address-lines';
import { listMarkerOf } from './line-kinds';

// "Copie à l'Ambassade …", "Kopie an die Botschaft …": the article belongs to the sentence, not the address.
const LEADING_ARTICLE =
  /^(?:l['’]|la |le |les |the |die |der |den |dem |das |an die |an den |an das |à l['’]|à la |au |aux |all['’]|alla |allo |al |to the |to )(?=\p{Lu})/iu;

function withoutArticle(line: string): string {
  return line.replace(LEADING_ARTICLE, '');
}

function commaPieces(line: string): string[] {
  return line
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/** A whole address on one line, its parts separated by commas. */
function isOneLineAddress(line: string): boolean {
  const pieces = commaPieces(line);
  return pieces.length >= 3 || (pieces.length === 2 && pieces.some(isPostcodeLine));
}

export interface CopyGroup {
  /** The person's address lines. */
  lines: string[];
  /** Positions, in the lines given, of the first and last line this group was read from. */
  from: number;
  to: number;
}

/** The copy block's lines (label removed) split into one group of address lines per person. */
export function splitCopyGroups(lines: readonly string[]): CopyGroup[] {
  const groups: CopyGroup[] = [];
  let current: CopyGroup | undefined;
  let ended = false;
  const flush = () => {
    if (current) groups.push(current);
    current = undefined;
    ended = false;
  };
  lines.forEach((raw, at) => {
    const marker = listMarkerOf(raw);
    const line = withoutArticle(marker?.kind === 'bullet' ? marker.text : raw);
    if (isOneLineAddress(line)) {
      flush();
      groups.push({ lines: commaPieces(line), from: at, to: at });
      return;
    }
    if (ended) {
      const country = isCountryLike(line);
      if (country && current) {
        current.lines.push(line);
        current.to = at;
      }
      flush();
      if (country) return;
    } else if (marker && current) {
      flush();
    }
    current ??= { lines: [], from: at, to: at };
    current.lines.push(line);
    current.to = at;
    if (isPostcodeLine(line)) ended = true;
  });
  flush();
  return groups;
}

export interface CopyReading {
  person: Person;
  /** Only an embassy or ambassador is recognised as such; any other role is a guess. */
  roleGuessed: boolean;
}

/** Whether a group of lines reads as an address at all (a lone "www.acat.ch" does not). */
export function isAddressGroup(lines: readonly string[]): boolean {
  return lines.length >= 2 || lines.some((line) => startsAddress(line) || isPostcodeLine(line) || looksLikePersonName(line));
}

/** One copy recipient; an embassy without a named person is named by its embassy line. */
export function copyPerson(lines: readonly string[]): CopyReading {
  const office = officeOf(lines);
  const ambassador = office.role === 'ambassador';
  const reading = nameOf(lines);
  // Without a courtesy title only the first line may be the name: later untitled lines of an
  // institution's address are buildings and districts ("Singha Durbar"), not people.
  const named = reading && (reading.titled || reading.line === 0) ? reading : undefined;
  const embassyLine = lines.find((line) => roleOfLine(line) === 'ambassador');
  const name = named?.name ?? (ambassador && embassyLine ? embassyLine : (lines[0] ?? ''));
  const gender = named?.gender ?? genderOfBlock(lines) ?? 'unspecified';
  return {
    person: { role: office.role ?? 'official', gender, name, address: [...lines] },
    roleGuessed: !ambassador,
  };
}
