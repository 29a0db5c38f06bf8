import { describe, expect, it } from 'vitest';
import { ZodType } from 'zod';
import { apiContract, operationNames, channelOf } from '../../shared/api/contract';
import { batchOperations } from '../../shared/api/operations/batch-ops';
import { campaignOperations } from '../../shared/api/operations/campaign-ops';
import { draftOperations } from '../../shared/api/operations/draft-ops';
import { envelopeOperations } from '../../shared/api/operations/envelope-ops';
import { letterOperations } from '../../shared/api/operations/letter-ops';
import { mailingOperations } from '../../shared/api/operations/mailing-ops';
import { privacyOperations } from '../../shared/api/operations/privacy-ops';
import { profileOperations } from '../../shared/api/operations/profile-ops';

const areas = [campaignOperations, profileOperations, letterOperations, envelopeOperations, batchOperations, draftOperations, privacyOperations, mailingOperations];

describe('the API contract', () => {
  it('names every operation once across all areas', () => {
    const names = areas.flatMap((area) => Object.keys(area));
    expect(new Set(names).size).toBe(names.length);
    expect([...operationNames].sort()).toEqual([...names].sort());
  });

  it('gives every operation a schema for its input and its result, and its own channel', () => {
    for (const name of operationNames) {
      expect(apiContract[name].input).toBeInstanceOf(ZodType);
      expect(apiContract[name].output).toBeInstanceOf(ZodType);
    }
    expect(new Set(operationNames.map(channelOf)).size).toBe(operationNames.length);
  });
});
