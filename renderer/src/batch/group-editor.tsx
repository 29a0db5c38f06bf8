import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/api/contract';
import { memberDisplayName, memberProblem, type Member } from '../../../shared/members/member';
import { emptyMember } from '../../../shared/members/member-rows';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { TextField } from '../fields/text-field';
import { MemberTable } from './member-table';
import { UndoNotice } from './undo-notice';

interface GroupEditorProps {
  group: Group;
  onSaved: (group: Group) => void;
  onPrepare: (group: Group) => void;
  onClose: () => void;
}

/** One group: its name and members, changed in place and saved with one button. */
export function GroupEditor({ group, onSaved, onPrepare, onClose }: GroupEditorProps) {
  const { t } = useTranslation('batch');
  const { status, error } = useAnnouncer();
  const [name, setName] = useState(group.name);
  const [members, setMembers] = useState<Member[]>(group.members);
  const [removed, setRemoved] = useState<{ index: number; member: Member } | null>(null);
  const changed = name !== group.name || members !== group.members;
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

  const save = async (): Promise<Group | null> => {
    if (!name.trim()) {
      error(t('editor.nameMissing'));
      return null;
    }
    try {
      const summary = await api.saveGroup({ id: group.id, name: name.trim(), members });
      const saved = { ...group, name: summary.name, members, updated: summary.updated };
      onSaved(saved);
      status(t('editor.saved', { name: summary.name }));
      return saved;
    } catch {
      error(t('editor.saveFailed'));
      return null;
    }
  };

  const exportCsv = async () => {
    const saved = changed ? await save() : group;
    if (!saved) return;
    const result = await api.exportGroupCsv({ id: saved.id });
    if (result.status === 'saved') status(t('editor.exported', { fileName: result.fileName }));
    else if (result.status === 'failed') error(t(`failures.${result.message}`, { defaultValue: t('failures.write-failed') }));
  };

  return (
    <section className="batch-section" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('editor.heading', { name: group.name })}</h2>
      <TextField label={t('editor.name')} value={name} onChange={setName} maxLength={120} />
      <p className="batch-count">{t('editor.count', { count: members.length })}</p>
      {unusable > 0 && <p className="notice">{t('editor.unusable', { count: unusable })}</p>}
      <MemberTable
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
          onClick={() => void (changed ? save() : Promise.resolve(group)).then((g) => g && onPrepare(g))}
        >
          {t('editor.prepare')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.backToGroups')}
        </button>
      </div>
    </section>
  );
}
