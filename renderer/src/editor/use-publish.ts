import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/api/contract';
import { api } from '../api';
import { libraryChanged } from '../campaigns/library-events';
import { saveCampaigns } from '../campaigns/save-campaigns';

export type Said = { ok: boolean; text: string } | null;

interface PublishDeps {
  draftId: string;
  title: string;
  /** Saves what is on screen first: main publishes the draft as saved. */
  flush: () => Promise<boolean>;
  /** Main has changed the draft (it now edits the published campaign): take its version. */
  adopt: (draft: Draft) => void;
}

/**
 * "Save to my letters" and "Share…": the draft becomes a campaign among the member's letters
 * (publishDraft); sharing then saves that campaign as a file (main asks where).
 */
export function usePublish({ draftId, title, flush, adopt }: PublishDeps) {
  const { t } = useTranslation('editor');
  const { t: tl } = useTranslation('library');
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);

  const publish = async (): Promise<{ campaignId: string; text: string } | null> => {
    if (!(await flush())) {
      setSaid({ ok: false, text: t('save.failed') });
      return null;
    }
    const result = await api.publishDraft({ id: draftId });
    if (!result.ok) {
      setSaid({ ok: false, text: result.message });
      return null;
    }
    adopt(await api.getDraft({ id: draftId }));
    await libraryChanged();
    return { campaignId: result.campaignId, text: t('finish.published', { title, revision: result.revision }) };
  };

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setSaid(null);
    try {
      await work();
    } catch {
      setSaid({ ok: false, text: t('common.failed') });
    } finally {
      setBusy(false);
    }
  };

  const saveToLetters = () =>
    run(async () => {
      const published = await publish();
      if (published) setSaid({ ok: true, text: published.text });
    });

  const share = () =>
    run(async () => {
      const published = await publish();
      if (!published) return;
      const saved = await saveCampaigns([published.campaignId], tl);
      if (!saved) setSaid({ ok: true, text: `${published.text} ${t('finish.shareCancelled')}` });
      else setSaid({ ok: saved.ok, text: `${published.text} ${saved.text}` });
    });

  return { said, setSaid, busy, saveToLetters, share };
}
