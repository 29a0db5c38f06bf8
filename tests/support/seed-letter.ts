import { readFileSync } from 'node:fs';
import path from 'node:path';
import { campaignSchema, type Campaign } from '../../shared/campaign/schema';
import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import type { SenderProfile } from '../../shared/letter/options';
import { BUNDLED_CAMPAIGNS_DIR } from '../../main/paths';

/** The campaign that comes with the app: the seed letter to Azerbaijan's president. */
export function bundledCampaign(): Campaign {
  return campaignSchema.parse(JSON.parse(readFileSync(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'), 'utf8')));
}

/** A member with accents and a hyphenated name, as the issues ask the tests to use. */
export const MEMBER_ZOE: SenderProfile = {
  ...EMPTY_PROFILE,
  firstName: 'Zoë',
  lastName: 'Müller-Lüdenscheidt',
  street: 'Rue du Lac 1',
  postcode: '1003',
  city: 'Lausanne',
};

/**
 * The seed letter (../shared/seeds/letter-azerbaijan-2020.txt) as it reached a member, copied into
 * the fixtures so that the tests run in any clone, with or without the reference folder beside it.
 */
export const SEED_LETTER_FILE = path.resolve(import.meta.dirname, '../fixtures/letters/seed-azerbaijan-2020.txt');
