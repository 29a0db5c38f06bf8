import { useCallback, useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../shared/api/contract';
import { api } from '../api';

/**
 * What the list knows of one campaign (bundled? archived?), which the campaign itself does not
 * say. null until read, or when the campaign is gone.
 */
export function useCampaignSummary(id: string): { summary: CampaignSummary | null; reload: () => Promise<void> } {
  const [summary, setSummary] = useState<CampaignSummary | null>(null);

  const read = useCallback(
    (accept: () => boolean) =>
      api.listCampaigns().then(
        (list) => {
          if (accept()) setSummary(list.find((c) => c.id === id) ?? null);
        },
        // Without it the campaign can still be read and written; only the tidy-up buttons wait.
        () => undefined,
      ),
    [id],
  );

  useEffect(() => {
    let live = true;
    void read(() => live);
    return () => {
      live = false;
    };
  }, [read]);

  const reload = useCallback(() => read(() => true), [read]);
  return { summary, reload };
}
