import { useCallback, useEffect, useState } from 'react';
import type { LanguageCount, MailingSummaryResult } from '../../../shared/api/contract';
import { api } from '../api';

/** The summary of what is about to be printed, asked of main again whenever the letters change. */
export function useMailingSummary(campaignId: string | null, letters: readonly LanguageCount[], withCopies: boolean) {
  const [summary, setSummary] = useState<MailingSummaryResult | null>(null);
  const [serial, setSerial] = useState(0);
  const key = JSON.stringify(letters);

  useEffect(() => {
    if (!campaignId) return;
    let live = true;
    api
      .mailingSummary({ campaignId, letters: JSON.parse(key) as LanguageCount[], withCopies })
      .then((result) => live && setSummary(result))
      .catch(() => live && setSummary(null));
    return () => {
      live = false;
    };
  }, [campaignId, key, withCopies, serial]);

  /** After the stamp prices change. */
  const refresh = useCallback(() => setSerial((n) => n + 1), []);
  return { summary, refresh };
}
