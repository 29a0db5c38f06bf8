import { EMPTY_PROFILE } from '../../shared/letter/empty-profile';
import { senderProfileSchema, type SenderProfile } from '../../shared/letter/options';
import { settingsSchema, type Settings } from '../../shared/api/contract';
import type { JsonStore } from './json-store';

/**
 * The member's own details and the app's settings. Values read back from disk are validated
 * like any other input: a hand-edited or half-valid file yields defaults for the broken parts.
 */
export class ProfileService {
  constructor(
    private readonly profileStore: JsonStore,
    private readonly settingsStore: JsonStore,
  ) {}

  getProfile(): SenderProfile {
    const parsed = senderProfileSchema.safeParse(this.profileStore.store.profile ?? {});
    return parsed.success ? parsed.data : EMPTY_PROFILE;
  }

  saveProfile(profile: SenderProfile): void {
    this.profileStore.store = { ...this.profileStore.store, profile };
  }

  getSettings(): Settings {
    const stored: unknown = this.settingsStore.store.settings ?? {};
    const parsed = settingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    // A broken envelope set-up alone must not cost the member their other settings: it is dropped.
    const withoutLayout = settingsSchema.safeParse({ ...(stored as object), layout: undefined });
    return withoutLayout.success ? withoutLayout.data : settingsSchema.parse({});
  }

  saveSettings(settings: Settings): void {
    this.settingsStore.store = { ...this.settingsStore.store, settings };
  }
}
