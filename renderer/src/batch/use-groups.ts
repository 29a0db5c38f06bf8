import { useCallback, useEffect, useState } from 'react';
import type { GroupSummary } from '../../../shared/api/contract';
import { api } from '../api';

/** The saved groups, read again after every change. */
export function useGroups() {
  const [groups, setGroups] = useState<GroupSummary[] | null>(null);
  const refresh = useCallback(async () => {
    setGroups(await api.listGroups());
  }, []);
  useEffect(() => {
    let live = true;
    void api.listGroups().then((list) => live && setGroups(list));
    return () => {
      live = false;
    };
  }, []);
  return { groups, refresh };
}
