import { useCallback, useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../shared/api/contract';
import { api } from '../api';
import { useAnnouncer } from '../announcer';
import { i18n } from '../i18n';

export interface CampaignsState {
  /** null while the list is first read. */
  campaigns: CampaignSummary[] | null;
  refresh: () => Promise<void>;
}

export function useCampaigns(): CampaignsState {
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const { error } = useAnnouncer();

  const refresh = useCallback(async () => {
    try {
      setCampaigns(await api.listCampaigns());
    } catch {
      setCampaigns((previous) => previous ?? []);
      error(i18n.t('messages.listFailed'));
    }
  }, [error]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { campaigns, refresh };
}
