import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { openInEditor } from '../editor/editor-requests';
import { DeleteDialog } from './delete-dialog';
import { libraryChanged } from './library-events';
import { updateSession } from './library-session';
import { saveCampaigns } from './save-campaigns';
import { useCampaignSummary } from './use-campaign-summary';

interface CampaignToolsProps {
  id: string;
  /** The title as the member sees it, for the messages. */
  title: string;
  /** After a delete: back to the list, which offers "Undo". */
  onDeleted: () => void;
}

type Said = { ok: boolean; text: string } | null;

/**
 * On a campaign's page: change it or a copy of it in the editor, save it as a campaign file,
 * archive or put it back, delete it.
 */
export function CampaignTools({ id, title, onDeleted }: CampaignToolsProps) {
  const { t } = useTranslation('library');
  const { t: te } = useTranslation('editor');
  const headingId = useId();
  const { summary, reload } = useCampaignSummary(id);
  const [said, setSaid] = useState<Said>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<Said>) => {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await work();
      if (outcome) setSaid(outcome);
    } catch {
      setSaid({ ok: false, text: t('actions.failed') });
    } finally {
      setBusy(false);
    }
  };

  const save = () => run(() => saveCampaigns([id], t));

  // The editor opens on a new draft: an edit becomes the campaign's next version, a copy a new campaign.
  const edit = (kind: 'edit' | 'copy') =>
    run(async () => {
      const draft = await api.newDraft({ from: { kind, campaignId: id } });
      openInEditor(draft.id);
      return null;
    });

  const archive = (archived: boolean) =>
    run(async () => {
      const result = await api.archiveCampaign({ id, archived });
      if (!result.ok) return { ok: false, text: result.message };
      await Promise.all([reload(), libraryChanged()]);
      return { ok: true, text: t(archived ? 'archived.done' : 'archived.putBackDone', { title }) };
    });

  const remove = () =>
    run(async () => {
      const result = await api.removeCampaign({ id });
      setConfirming(false);
      if (!result.ok) return { ok: false, text: result.message };
      updateSession({ deleted: { id, title }, message: '' });
      await libraryChanged();
      onDeleted();
      return null;
    });

  return (
    <section className="campaign-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tools.heading')}</h2>
      <div className="library-buttons">
        {summary && !summary.bundled && (
          <button type="button" className="button" onClick={() => void edit('edit')}>
            {te('tools.edit')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void edit('copy')}>
          {te('tools.copy')}
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          {t('export.one')}
        </button>
        {summary && (
          <button type="button" className="button" onClick={() => void archive(!summary.archived)}>
            {t(summary.archived ? 'actions.putBack' : 'actions.archive')}
          </button>
        )}
        {summary && !summary.bundled && (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('actions.delete')}
          </button>
        )}
      </div>
      <div role="status">{said?.ok && <p className="library-message">{said.text}</p>}</div>
      <div role="alert">{said && !said.ok && <p className="library-error">{said.text}</p>}</div>
      {confirming && (
        <DeleteDialog title={title} busy={busy} onDelete={() => void remove()} onKeep={() => setConfirming(false)} />
      )}
    </section>
  );
}
