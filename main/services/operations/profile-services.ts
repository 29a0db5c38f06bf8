import type { profileOperations } from '../../../shared/api/operations/profile-ops';
import type { ServiceContext, ServicesFor } from '../service-context';

export function profileServices({ profiles }: ServiceContext): ServicesFor<typeof profileOperations> {
  return {
    getProfile: async () => profiles.getProfile(),
    saveProfile: async (profile) => profiles.saveProfile(profile),
    getSettings: async () => profiles.getSettings(),
    saveSettings: async (settings) => profiles.saveSettings(settings),
  };
}
