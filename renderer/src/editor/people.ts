import type { DraftPerson } from '../../../shared/campaign/draft';
import { GENDERS, ROLES, type Gender, type Role } from '../../../shared/campaign/people-kinds';

/** The format's roles and genders, in the order the editor offers them. */
export const ROLE_CHOICES = ROLES;
export const GENDER_CHOICES = GENDERS;

export function emptyPerson(role: Role = 'head-of-state'): DraftPerson {
  return { role, gender: 'unspecified', name: '', address: [] };
}

export function isRole(value: string): value is Role {
  return (ROLE_CHOICES as readonly string[]).includes(value);
}

export function isGender(value: string): value is Gender {
  return (GENDER_CHOICES as readonly string[]).includes(value);
}
