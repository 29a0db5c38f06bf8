import type { batchOperations } from '../../../shared/api/operations/batch-ops';
import type { ServiceContext, ServicesFor } from '../service-context';

export function batchServices(_ctx: ServiceContext): ServicesFor<typeof batchOperations> {
  return {};
}
