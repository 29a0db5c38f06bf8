import { useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../shared/api/contract';
import type { Campaign } from '../../../shared/campaign/schema';
import { api } from '../api';

/** The campaigns to choose from (newest first, archived left out) and the chosen one, in full. */
export function useCampaignChoice(preferredId?: string) {
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [id, setId] = useState<string | null>(preferredId ?? null);
  const [campaign, setCampaign] = useState<Campaign | null>(null);

  useEffect(() => {
    let live = true;
    void api.listCampaigns().then((list) => {
      if (!live) return;
      const current = list.filter((c) => !c.archived).sort((a, b) => b.published.localeCompare(a.published));
      setCampaigns(current);
      setId((chosen) => chosen ?? current[0]?.id ?? null);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!id) return;
    let live = true;
    void api.getCampaign({ id }).then((full) => live && setCampaign(full));
    return () => {
      live = false;
    };
  }, [id]);

  return { campaigns, id, setId, campaign: campaign?.id === id ? campaign : null };
}
