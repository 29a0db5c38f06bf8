import type { envelopeOperations } from '../../../shared/api/operations/envelope-ops';
import type { ServiceContext, ServicesFor } from '../service-context';

export function envelopeServices(_ctx: ServiceContext): ServicesFor<typeof envelopeOperations> {
  return {};
}
