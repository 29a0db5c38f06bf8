/**
 * The recipient from the address block and the salutation together: the office words of the
 * address give the role, courtesy titles the gender; the salutation, matched against the forms
 * tables, fills in what the address does not tell.
 */
import type { Gender, Person, Role } from '../schema';
import { offeredForms } from '../../letter/languages';
import { genderOfBlock, genderOfWords, nameOf, officeOf, roleOfLine } from './address-lines';
import { salutationMatches, type FormMatch } from './forms-match';
import { formKey } from './text-fold';

export interface RecipientReading {
  person: Person;
  /** No office word in the address: the role came from the salutation or is a default. */
  roleGuessed: boolean;
  /** Neither a courtesy title nor the salutation told the gender. */
  genderGuessed: boolean;
}

function roleFrom(lines: readonly string[], matches: readonly FormMatch[], salutation: string | undefined) {
  const office = officeOf(lines);
  if (office.role) return { role: office.role, guessed: false };
  const fromSalutation = matches[0]?.role ?? (salutation ? roleOfLine(salutation) : undefined);
  return { role: fromSalutation ?? (office.official ? 'official' : 'other'), guessed: true } satisfies { role: Role; guessed: boolean };
}

function genderFrom(lines: readonly string[], matches: readonly FormMatch[], role: Role, salutation: string | undefined): Gender | undefined {
  const fromAddress = nameOf(lines)?.gender ?? genderOfBlock(lines);
  if (fromAddress) return fromAddress;
  if (matches.length > 0) {
    // The table knows the salutation: it tells a gender only if all its forms for the role agree.
    const genders = new Set(matches.filter((m) => m.role === role).map((m) => m.gender));
    const [only] = [...genders];
    return genders.size === 1 && only !== 'unspecified' ? only : undefined;
  }
  return salutation ? genderOfWords(salutation) : undefined;
}

/** The family name a salutation uses when it is not the name's last word ("Dear President Xi," for "Xi Jinping"). */
function familyNameFrom(name: string, matches: readonly FormMatch[]): string | undefined {
  const words = name.split(/\s+/);
  for (const match of matches) {
    const surname = match.surname?.trim();
    if (!surname || surname === words[words.length - 1]) continue;
    if (name.includes(surname) && surname.split(/\s+/).length < words.length) return surname;
  }
  return undefined;
}

export function readRecipient(lines: readonly string[], salutation: string | undefined, lang: string): RecipientReading {
  const matches = salutation ? salutationMatches(salutation, lang) : [];
  const { role, guessed: roleGuessed } = roleFrom(lines, matches, salutation);
  const gender = genderFrom(lines, matches, role, salutation);
  const name = nameOf(lines)?.name ?? lines[0] ?? '';
  const familyName = familyNameFrom(name, matches.filter((m) => m.role === role));
  const person: Person = {
    role,
    gender: gender ?? 'unspecified',
    name,
    ...(familyName ? { familyName } : {}),
    address: [...lines],
  };
  return { person, roleGuessed, genderGuessed: gender === undefined };
}

/** Whether the app's own forms for this person and language include the letter's salutation. */
export function salutationInTables(salutation: string, lang: string, person: Person | null): boolean {
  if (!person) return salutationMatches(salutation, lang).length > 0;
  const key = formKey(salutation);
  return offeredForms(lang, person).some((pair) => formKey(pair.salutation) === key);
}
