import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../../shared/api/contract';
import { api } from '../api';
import { afterSaves } from './use-draft-autosave';

/** The campaigns being written, newest first; read once the last save has reached the disk. */
export function useDrafts(): DraftSummary[] | null {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    void afterSaves()
      .then(() => api.listDrafts())
      .then(
        (list) => live && setDrafts(list),
        () => live && setDrafts([]),
      );
    return () => {
      live = false;
    };
  }, []);
  return drafts;
}
