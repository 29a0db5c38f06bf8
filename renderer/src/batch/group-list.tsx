import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, GroupSummary } from '../../../shared/api/contract';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { DeleteGroupDialog } from './delete-group-dialog';
import { UndoNotice } from './undo-notice';

interface GroupListProps {
  groups: GroupSummary[] | null;
  onOpen: (id: string) => void;
  onPrepare: (id: string) => void;
  onChanged: () => Promise<void>;
}

/** The saved groups, each with what can be done with it; a deleted group can be brought back. */
export function GroupList({ groups, onOpen, onPrepare, onChanged }: GroupListProps) {
  const { t } = useTranslation('batch');
  const { error } = useAnnouncer();
  const [deleted, setDeleted] = useState<Group | null>(null);
  const [asking, setAsking] = useState<GroupSummary | null>(null);

  const remove = async (id: string) => {
    try {
      const group = await api.getGroup({ id });
      await api.deleteGroup({ id });
      setDeleted(group);
      await onChanged();
    } catch {
      error(t('groups.deleteFailed'));
    }
  };
  const undo = async () => {
    if (!deleted) return;
    await api.saveGroup({ id: deleted.id, name: deleted.name, members: deleted.members });
    setDeleted(null);
    await onChanged();
  };

  if (!groups) return <p>{t('common.loading')}</p>;
  return (
    <>
      {groups.length === 0 ? (
        <p>{t('groups.none')}</p>
      ) : (
        <ul className="card-list group-list">
          {groups.map((group) => (
            <li key={group.id} className="group-card">
              <h3 className="group-card__name">{group.name}</h3>
              <p className="group-card__count">{t('groups.count', { count: group.memberCount })}</p>
              <div className="batch-actions">
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={`${t('groups.prepare')} – ${group.name}`}
                  onClick={() => onPrepare(group.id)}
                >
                  {t('groups.prepare')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={`${t('groups.edit')} – ${group.name}`}
                  onClick={() => onOpen(group.id)}
                >
                  {t('groups.edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={`${t('groups.delete')} – ${group.name}`}
                  onClick={() => setAsking(group)}
                >
                  {t('groups.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <DeleteGroupDialog
          name={asking.name}
          onKeep={() => setAsking(null)}
          onDelete={() => {
            setAsking(null);
            void remove(asking.id);
          }}
        />
      )}
      <UndoNotice text={deleted ? t('groups.deleted', { name: deleted.name }) : ''} onUndo={deleted ? () => void undo() : null} />
    </>
  );
}
