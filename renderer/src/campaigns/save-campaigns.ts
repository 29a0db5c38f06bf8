import type { TFunction } from 'i18next';
import { api } from '../api';

export interface SaveOutcome {
  ok: boolean;
  /** "Saved: april.appeal", or main's sentence saying what went wrong and what to do. */
  text: string;
}

/** Saves campaigns as one campaign file (main asks where); null when the member cancelled. */
export async function saveCampaigns(ids: string[], t: TFunction<'library'>): Promise<SaveOutcome | null> {
  try {
    const result = await api.exportCampaigns({ ids });
    if (result.status === 'cancelled') return null;
    if (result.status === 'saved') return { ok: true, text: t('export.saved', { fileName: result.fileName }) };
    return { ok: false, text: result.message };
  } catch {
    return { ok: false, text: t('export.failed') };
  }
}
