import { useCallback, useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../shared/api/contract';
import { api } from '../api';
import { useAnnouncer } from '../announcer';
import { i18n } from '../i18n';
import { onLibraryChanged } from './library-events';
import { resetSession, updateSession } from './library-session';

export interface CampaignsState {
  /** null while the list is first read. */
  campaigns: CampaignSummary[] | null;
  refresh: () => Promise<void>;
}

/**
 * The library's campaigns: read at start, read again after an import or any change made on the
 * campaign screens. At start it also asks whether a stored file had to be kept aside.
 */
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
    const unsubscribe = onLibraryChanged(() => load(() => live));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [load]);

  useEffect(() => {
    let live = true;
    resetSession();
    api.libraryProblems().then(
      (problems) => live && updateSession({ problems }),
      // Not knowing about a problem is no reason to stop the member writing.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const refresh = useCallback(() => load(() => true), [load]);
  return { campaigns, refresh };
}
