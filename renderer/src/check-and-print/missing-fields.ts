import type { SenderProfile } from '../../../shared/letter/options';

/** The details a letter needs to reach its writer back; the town alone when only initials are printed. */
export function missingFields(profile: SenderProfile): (keyof SenderProfile)[] {
  const needed: (keyof SenderProfile)[] = profile.initialsOnly
    ? ['firstName', 'lastName', 'city']
    : ['firstName', 'lastName', 'street', 'postcode', 'city'];
  return needed.filter((key) => String(profile[key]).trim() === '');
}
