import type { DraftPerson } from '../../../shared/campaign/draft';
import type { Gender, Role } from '../../../shared/campaign/schema';

/**
 * The format's roles and genders in the order the editor offers them. Listed here rather than
 * imported from schema.ts, which would bring zod into the renderer's bundle (the renderer parses
 * nothing itself); the checks below fail to compile if the format gains a role or gender the
 * editor does not offer.
 */
export const ROLE_CHOICES = [
  'head-of-state',
  'head-of-government',
  'minister',
  'ambassador',
  'prosecutor',
  'judge',
  'governor',
  'official',
  'other',
] as const satisfies readonly Role[];
export const GENDER_CHOICES = ['female', 'male', 'unspecified'] as const satisfies readonly Gender[];

type Unoffered = Exclude<Role, (typeof ROLE_CHOICES)[number]> | Exclude<Gender, (typeof GENDER_CHOICES)[number]>;
export const EVERY_CHOICE_OFFERED: [Unoffered] extends [never] ? true : never = true;

export function emptyPerson(role: Role = 'head-of-state'): DraftPerson {
  return { role, gender: 'unspecified', name: '', address: [] };
}

export function isRole(value: string): value is Role {
  return (ROLE_CHOICES as readonly string[]).includes(value);
}

export function isGender(value: string): value is Gender {
  return (GENDER_CHOICES as readonly string[]).includes(value);
}
