import type { SenderProfile } from '../letter/options';
import { EMPTY_PROFILE } from '../letter/empty-profile';
import { canonicalTitle } from '../letter/sender-title';
import type { MemberColumn } from './columns';

export type Member = Record<MemberColumn, string>;

export interface MemberRowProblem {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  reason: 'no-name' | 'no-city' | 'too-long';
}

/** The longest text each column may hold: what a letter's sender block accepts. */
export const MEMBER_FIELD_MAX: Record<MemberColumn, number> = {
  title: 60,
  firstName: 120,
  lastName: 120,
  street: 200,
  addressLine2: 200,
  postcode: 20,
  city: 120,
  country: 120,
  language: 40,
};

export function memberProblem(member: Member): MemberRowProblem['reason'] | null {
  if (!member.firstName.trim() && !member.lastName.trim()) return 'no-name';
  if (!member.city.trim()) return 'no-city';
  const tooLong = (Object.keys(MEMBER_FIELD_MAX) as MemberColumn[]).some((c) => member[c].length > MEMBER_FIELD_MAX[c]);
  return tooLong ? 'too-long' : null;
}

/** "Anna Muster" — how lists, the preview's caption and the print log name a member. */
export function memberDisplayName(member: Member): string {
  return [member.firstName, member.lastName].map((s) => s.trim()).filter(Boolean).join(' ');
}

/**
 * The member as a letter's sender. The list's title is read as a title ("Frau", "Mme", "Sig.ra" →
 * the female title), so each letter prints it in its own language; an unknown one ("Dr.") as written.
 */
export function memberToProfile(member: Member): SenderProfile {
  return {
    ...EMPTY_PROFILE,
    title: canonicalTitle(member.title),
    firstName: member.firstName.trim(),
    lastName: member.lastName.trim(),
    street: member.street.trim(),
    addressLine2: member.addressLine2.trim(),
    postcode: member.postcode.trim(),
    city: member.city.trim(),
    country: member.country.trim(),
  };
}
