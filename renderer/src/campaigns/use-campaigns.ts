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

/** The library's campaigns: read at start, read again after an import. */
export function useCampaigns(): CampaignsState {
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const { error } = useAnnouncer();

  const load = useCallback(
    (accept: () => boolean) =>
      api.listCampaigns().then(
        (list) => {
          if (accept()) setCampaigns(list);
        },
        () => {
          if (!accept()) return;
          setCampaigns((previous) => previous ?? []);
          error(i18n.t('messages.listFailed'));
        },
      ),
    [error],
  );

  useEffect(() => {
    let live = true;
    void load(() => live);
    return () => {
      live = false;
    };
  }, [load]);

  const refresh = useCallback(() => load(() => true), [load]);
  return { campaigns, refresh };
}
