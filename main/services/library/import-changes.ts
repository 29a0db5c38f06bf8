import {
  IMPORT_SHOWN_COPIES_MAX,
  IMPORT_SHOWN_TEXT_MAX,
  type ImportUpdate,
  type PersonChange,
  type PersonPart,
  type ShownPerson,
} from '../../../shared/api/contract';
import type { Campaign, Person } from '../../../shared/campaign/schema';
import type { CurrentVersion } from './import-plan';

/** What the preview says about one update besides its title and revisions. */
export type UpdateReview = Pick<ImportUpdate, 'changes' | 'replacesBundled' | 'otherPublisher'>;

/**
 * Compares the version the member has with the one a file offers, where a forged update would
 * do harm: who the letters go to (recipient, copies) and who they say the campaign is from.
 * Only what differs is returned, and the flags only when true: an update that changes none of
 * this reads exactly as before.
 */
export function reviewUpdate(current: CurrentVersion, incoming: Campaign): UpdateReview {
  const recipient = comparePeople(current.campaign.recipient, incoming.recipient);
  const copies = pairCopies(current.campaign.copies ?? [], incoming.copies ?? []).flatMap(([now, after]) => {
    const change = comparePeople(now, after);
    return change ? [change] : [];
  });
  const otherPublisher = !samePublisher(current.campaign.publisher, incoming.publisher);
  const changed = recipient !== undefined || copies.length > 0 || otherPublisher;
  return {
    ...(changed
      ? {
          changes: {
            ...(recipient ? { recipient } : {}),
            copies: copies.slice(0, IMPORT_SHOWN_COPIES_MAX),
            moreCopyChanges: Math.max(0, copies.length - IMPORT_SHOWN_COPIES_MAX),
            ...(otherPublisher
              ? { publisher: { now: shown(current.campaign.publisher), after: shown(incoming.publisher) } }
              : {}),
          },
        }
      : {}),
    ...(current.cameWithApp ? { replacesBundled: true } : {}),
    ...(otherPublisher ? { otherPublisher: true } : {}),
  };
}

/** The same text as a member reads it: composed accents, single spaces. */
function normal(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  return normal(a ?? '') === normal(b ?? '');
}

/**
 * "ACAT-Switzerland" and "ACAT-switzerland" are one publisher; look-alike letters from another
 * alphabet are not (NFKC folds only compatibility forms), so they still warn.
 */
function samePublisher(a: string, b: string): boolean {
  return normal(a).normalize('NFKC').toLowerCase() === normal(b).normalize('NFKC').toLowerCase();
}

/** Bounded for the contract; the comparison itself always uses the whole text. */
function shown(text: string): string {
  if (text.length <= IMPORT_SHOWN_TEXT_MAX) return text;
  let cut = text.slice(0, IMPORT_SHOWN_TEXT_MAX - 1);
  // Never half of a character outside the Basic Multilingual Plane.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const PARTS_COMPARED: readonly (readonly [PersonPart, (a: Person, b: Person) => boolean])[] = [
  ['name', (a, b) => !sameText(a.name, b.name)],
  ['familyName', (a, b) => !sameText(a.familyName, b.familyName)],
  ['role', (a, b) => a.role !== b.role],
  ['gender', (a, b) => a.gender !== b.gender],
  ['address', (a, b) => a.address.length !== b.address.length || a.address.some((line, i) => !sameText(line, b.address[i]))],
];

function comparePeople(now: Person | undefined, after: Person | undefined): PersonChange | undefined {
  if (now && after) {
    const changed = PARTS_COMPARED.filter(([, differs]) => differs(now, after)).map(([part]) => part);
    if (changed.length === 0) return undefined;
    return { now: showPerson(now, after.address), after: showPerson(after, now.address), changed };
  }
  if (now) return { now: showPerson(now, []), changed: partsOf(now) };
  if (after) return { after: showPerson(after, []), changed: partsOf(after) };
  return undefined;
}

function partsOf(person: Person): PersonPart[] {
  return PARTS_COMPARED.map(([part]) => part).filter((part) => part !== 'familyName' || person.familyName !== undefined);
}

function showPerson(person: Person, otherAddress: readonly string[]): ShownPerson {
  const unchanged = commonLines(person.address, otherAddress);
  return {
    name: shown(person.name),
    ...(person.familyName === undefined ? {} : { familyName: shown(person.familyName) }),
    role: person.role,
    gender: person.gender,
    address: person.address.map((line, i) => ({ text: shown(line), changed: !unchanged.has(i) })),
  };
}

/**
 * The lines of `lines` that are also in `other`, in the same order (a longest common
 * subsequence): a new street marks that line, a swapped line marks one line, not all that follow.
 */
function commonLines(lines: readonly string[], other: readonly string[]): Set<number> {
  const a = lines.map(normal);
  const b = other.map(normal);
  // length[i][j]: the longest common run of a[i..] and b[j..]; addresses have at most 6 lines.
  const length = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  const at = (i: number, j: number) => length[i]?.[j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      length[i]![j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const common = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      common.add(i);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return common;
}

/**
 * Copies have no id: those with the same name are the same copy. The rest are paired in order, so
 * that a copy whose name and address were both replaced reads as one change, side by side; what
 * is left over was added or removed.
 */
function pairCopies(now: readonly Person[], after: readonly Person[]): [Person | undefined, Person | undefined][] {
  const unmatched = [...after];
  const pairs: [Person | undefined, Person | undefined][] = [];
  const leftOver: Person[] = [];
  for (const person of now) {
    const index = unmatched.findIndex((candidate) => sameText(candidate.name, person.name));
    if (index < 0) leftOver.push(person);
    else pairs.push([person, unmatched.splice(index, 1)[0]]);
  }
  for (let i = 0; i < Math.max(leftOver.length, unmatched.length); i++) pairs.push([leftOver[i], unmatched[i]]);
  return pairs;
}
