import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/api/contract';
import { memberDisplayName, memberProblem, type Member } from '../../../shared/members/member';
import { emptyMember } from '../../../shared/members/member-rows';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { TextField } from '../fields/text-field';
import { MemberCards } from './member-cards';
import { UndoNotice } from './undo-notice';

/** Long enough not to write on every key, short enough that leaving the screen loses nothing. */
export const GROUP_SAVE_DELAY_MS = 800;

interface GroupEditorProps {
  group: Group;
  /** A save reached the disk: the list of groups is out of date. */
  onSaved: () => void;
  onPrepare: (group: Group) => void;
  onClose: () => void;
}

/**
 * One group: its name and members, changed in place. Changes are saved shortly after the last
 * edit and when the screen is left by any way, so a coordinator never loses a morning's typing;
 * "Save changes" saves at once and says so.
 */
export function GroupEditor({ group, onSaved, onPrepare, onClose }: GroupEditorProps) {
  const { t } = useTranslation('batch');
  const { status, error } = useAnnouncer();
  const [name, setName] = useState(group.name);
  const [members, setMembers] = useState<Member[]>(group.members);
  const [removed, setRemoved] = useState<{ index: number; member: Member } | null>(null);
  // What the disk holds: the editor's own record, so a late save never moves the coordinator.
  const [stored, setStored] = useState<Group>(group);
  const changed = name.trim() !== stored.name || members !== stored.members;
  const unusable = members.filter((m) => memberProblem(m) !== null).length;

  const remove = (index: number) => {
    const member = members[index];
    if (!member) return;
    setRemoved({ index, member });
    setMembers(members.filter((_, i) => i !== index));
  };
  const undo = () => {
    if (!removed) return;
    setMembers([...members.slice(0, removed.index), removed.member, ...members.slice(removed.index)]);
    setRemoved(null);
  };

  const mounted = useRef(true);
  const save = async (announce = true): Promise<Group | null> => {
    // A name cleared for retyping: saved in the background under the name it had, so the
    // members' changes are kept; a save the coordinator asked for says what is missing.
    const groupName = name.trim() || (announce ? '' : stored.name);
    if (!groupName) {
      error(t('editor.nameMissing'));
      return null;
    }
    try {
      const summary = await api.saveGroup({ id: group.id, name: groupName, members });
      const saved = { ...group, name: summary.name, members, updated: summary.updated };
      if (mounted.current) setStored(saved);
      onSaved();
      if (announce) status(t('editor.saved', { name: summary.name }));
      return saved;
    } catch {
      // Said even after the editor closed (the message bar belongs to the page): never a silent loss.
      error(t('editor.saveFailed'));
      return null;
    }
  };
  // The timer and the leaving handler run later: they read the latest save and state from here.
  const saveSoon = useRef(save);
  const unsaved = useRef(changed);
  useEffect(() => {
    saveSoon.current = save;
    unsaved.current = changed;
  });

  useEffect(() => {
    if (!changed) return;
    const timer = setTimeout(() => void saveSoon.current(false), GROUP_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changed, name, members]);
  // Leaving by the mode buttons or closing the window: what is on screen is saved first.
  useEffect(() => {
    mounted.current = true;
    const flush = () => {
      if (unsaved.current) void saveSoon.current(false);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      mounted.current = false;
      flush();
    };
  }, []);
  const leave = async () => {
    if (changed && !(await save())) return;
    onClose();
  };

  const exportCsv = async () => {
    const saved = changed ? await save() : stored;
    if (!saved) return;
    const result = await api.exportGroupCsv({ id: saved.id });
    if (result.status === 'saved') status(t('editor.exported', { fileName: result.fileName }));
    else if (result.status === 'failed') error(t(`failures.${result.message}`, { defaultValue: t('failures.write-failed') }));
  };

  return (
    <section className="batch-section" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('editor.heading', { name: stored.name })}</h2>
      <p className="hint">{t('editor.savedAsYouGo')}</p>
      <TextField label={t('editor.name')} value={name} onChange={setName} maxLength={120} />
      <p className="batch-count">{t('editor.count', { count: members.length })}</p>
      {unusable > 0 && <p className="notice">{t('editor.unusable', { count: unusable })}</p>}
      <MemberCards
        members={members}
        onChange={(index, patch) => setMembers(members.map((m, i) => (i === index ? { ...m, ...patch } : m)))}
        onRemove={remove}
      />
      <UndoNotice
        text={removed ? t('editor.removed', { who: memberDisplayName(removed.member) || t('editor.rowNumber', { number: removed.index + 1 }) }) : ''}
        onUndo={removed ? undo : null}
      />
      <div className="batch-actions">
        <button type="button" className="button" onClick={() => setMembers([...members, emptyMember()])}>
          {t('editor.add')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('editor.save')}
        </button>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          {t('editor.exportCsv')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void (changed ? save() : Promise.resolve(stored)).then((g) => g && onPrepare(g))}
        >
          {t('editor.prepare')}
        </button>
        <button type="button" className="button" onClick={() => void leave()}>
          {t('common.backToGroups')}
        </button>
      </div>
    </section>
  );
}
