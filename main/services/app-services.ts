import type { AppServices } from '../../shared/api/contract';
import { batchServices } from './operations/batch-services';
import { campaignServices } from './operations/campaign-services';
import { draftServices } from './operations/draft-services';
import { envelopeServices } from './operations/envelope-services';
import { letterServices } from './operations/letter-services';
import { mailingServices } from './operations/mailing-services';
import { privacyServices } from './operations/privacy-services';
import { profileServices } from './operations/profile-services';
import { createServiceContext, type AppServiceDeps } from './service-context';

export type { AppServiceDeps } from './service-context';

/**
 * Everything the renderer may ask of main, as plain services, one file per area of the contract
 * (main/services/operations/). The IPC layer — and, in the end-to-end tests, the Chromium
 * binding — calls these with inputs already validated against shared/api/contract.ts.
 */
export function createAppServices(deps: AppServiceDeps): AppServices {
  const ctx = createServiceContext(deps);
  return {
    ...campaignServices(ctx),
    ...profileServices(ctx),
    ...letterServices(ctx),
    ...envelopeServices(ctx),
    ...batchServices(ctx),
    ...draftServices(ctx),
    ...privacyServices(ctx),
    ...mailingServices(ctx),
  };
}
