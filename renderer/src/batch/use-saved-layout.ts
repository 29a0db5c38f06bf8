import { useEffect, useState } from 'react';
import { DEFAULT_LAYOUT, type LayoutSettings } from '../../../shared/letter/layouts';
import { api } from '../api';

/**
 * The envelope and printer set-up saved in Settings: the coordinator's letters go into the same
 * envelopes through the same printer as a member's, so it is set once, not chosen per batch.
 */
export function useSavedLayout(): LayoutSettings {
  const [layout, setLayout] = useState<LayoutSettings>(DEFAULT_LAYOUT);
  useEffect(() => {
    let live = true;
    api
      .getSettings()
      .then((settings) => live && settings.layout && setLayout(settings.layout))
      // Unreadable settings: the default layout, as everywhere else.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return layout;
}
