import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/api/contract';
import type { SenderProfile } from '../../../shared/letter/options';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { CampaignEditor } from './campaign-editor';
import { FromLetterScreen } from './from-letter-screen';
import { StartScreen, type NewKind } from './start-screen';
import { afterSaves } from './use-draft-autosave';
import './editor.css';

interface EditorPageProps {
  focusHeading: boolean;
  profile: SenderProfile;
  /** The draft open in the editor, kept by the app while the coordinator is elsewhere. */
  openDraftId: string | null;
  onOpenDraftId: (id: string | null) => void;
}

/** "Make a campaign": start a campaign (from a letter, pasted text or nothing), or go on with one. */
export function EditorPage({ focusHeading, profile, openDraftId, onOpenDraftId }: EditorPageProps) {
  const { t } = useTranslation('editor');
  const { status, error, clear } = useAnnouncer();
  const [view, setView] = useState<'start' | 'file' | 'text'>('start');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [moved, setMoved] = useState(focusHeading);
  const shown = draft && draft.id === openDraftId ? draft : null;

  // A draft asked for by id (back in this place, or "Edit this campaign"): read once saves are done.
  useEffect(() => {
    if (!openDraftId || draft?.id === openDraftId) return;
    let live = true;
    void afterSaves()
      .then(() => api.getDraft({ id: openDraftId }))
      .then(
        (loaded) => live && setDraft(loaded),
        () => {
          if (!live) return;
          onOpenDraftId(null);
          error(t('start.openFailed'));
        },
      );
    return () => {
      live = false;
    };
  }, [openDraftId, draft?.id, onOpenDraftId, error, t]);

  const open = (next: Draft) => {
    setMoved(true);
    setDraft(next);
    onOpenDraftId(next.id);
  };
  const close = () => {
    clear();
    setMoved(true);
    setView('start');
    setDraft(null);
    onOpenDraftId(null);
  };
  const startNew = async (kind: NewKind) => {
    clear();
    setMoved(true);
    if (kind !== 'blank') return setView(kind);
    try {
      open(await api.newDraft({ from: { kind: 'blank' } }));
    } catch {
      error(t('common.failed'));
    }
  };
  const remove = async (id: string) => {
    const result = await api.deleteDraft({ id }).catch(() => ({ ok: false as const, message: t('common.failed') }));
    close();
    if (result.ok) status(t('finish.deleted'));
    else error(result.message);
  };
  const openListed = (id: string) => {
    setMoved(true);
    onOpenDraftId(id);
  };

  if (openDraftId) {
    if (!shown) return <main id="campaign-editor" className="workspace loading">{t('common.loading')}</main>;
    return (
      <CampaignEditor
        key={shown.id}
        initial={shown}
        profile={profile}
        focusHeading={moved}
        onClose={close}
        onDelete={() => void remove(shown.id)}
      />
    );
  }
  if (view !== 'start') return <FromLetterScreen kind={view} onMade={open} onBack={close} />;
  return <StartScreen focusHeading={moved} onNew={(kind) => void startNew(kind)} onOpen={openListed} />;
}
