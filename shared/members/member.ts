import type { SenderProfile } from '../letter/options';
import { EMPTY_PROFILE } from '../letter/empty-profile';
import type { MemberColumn } from './columns';

export type Member = Record<MemberColumn, string>;

export interface MemberRowProblem {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  reason: 'no-name' | 'no-city';
}

export function memberProblem(member: Member): MemberRowProblem['reason'] | null {
  if (!member.firstName.trim() && !member.lastName.trim()) return 'no-name';
  if (!member.city.trim()) return 'no-city';
  return null;
}

export function memberToProfile(member: Member): SenderProfile {
  return {
    ...EMPTY_PROFILE,
    title: member.title.trim(),
    firstName: member.firstName.trim(),
    lastName: member.lastName.trim(),
    street: member.street.trim(),
    postcode: member.postcode.trim(),
    city: member.city.trim(),
    country: member.country.trim(),
  };
}
