import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, MemberListFile } from '../../../shared/api/contract';
import type { Member } from '../../../shared/members/member';
import { MessageBar, useAnnouncer } from '../announcer';
import { api } from '../api';
import { FoyerPage } from '../letter-afternoon/foyer-page';
import { LettersThisYear } from '../letter-afternoon/letters-this-year';
import { ScreenHeading } from '../screen-heading';
import { GroupEditor } from './group-editor';
import { GroupList } from './group-list';
import { ListImport } from './list-import';
import { PrepareBatch } from './prepare-batch';
import { PrintLog } from './print-log';
import { useGroups } from './use-groups';
import './batch.css';

type View =
  | { kind: 'groups' }
  | { kind: 'import'; file: Extract<MemberListFile, { ok: true }> }
  | { kind: 'edit'; group: Group }
  | { kind: 'prepare'; group: Group }
  | { kind: 'log' }
  | { kind: 'foyer' };

/**
 * "Group letters": the coordinator's place — groups from member lists, the month's letters for
 * each, foyer sheets, the print log. `hidden`: kept under another page (the printer set-up); its <main> says so
 * itself, so the window has one main landmark.
 */
export function BatchPage({ focusHeading, hidden = false }: { focusHeading: boolean; hidden?: boolean }) {
  const { t } = useTranslation('batch');
  const { t: tm } = useTranslation('mailing');
  const { status, error, clear } = useAnnouncer();
  const { groups, refresh } = useGroups();
  const [view, setViewState] = useState<View>({ kind: 'groups' });
  const setView = (next: View) => {
    clear();
    setViewState(next);
  };

  const readList = async () => {
    const file = await api.chooseMemberList();
    if (!file) return;
    if (file.ok) setView({ kind: 'import', file });
    else error(t(`import.failed.${file.reason}`, { fileName: file.fileName }));
  };
  const saveImported = async (name: string, members: Member[]) => {
    try {
      const summary = await api.saveGroup({ name, members });
      await refresh();
      setView({ kind: 'edit', group: { id: summary.id, name: summary.name, members, updated: summary.updated } });
      status(t('import.saved', { name: summary.name, count: members.length }));
    } catch {
      error(t('editor.saveFailed'));
    }
  };
  const openGroup = async (id: string, kind: 'edit' | 'prepare') => setView({ kind, group: await api.getGroup({ id }) });

  const content = () => {
    switch (view.kind) {
      case 'import':
        return (
          <ListImport
            fileName={view.file.fileName}
            rows={view.file.rows}
            cleanedRows={view.file.cleanedRows}
            onSave={(n, m) => void saveImported(n, m)}
            onCancel={() => setView({ kind: 'groups' })}
          />
        );
      case 'edit':
        return (
          <GroupEditor
            key={view.group.id}
            group={view.group}
            onSaved={() => void refresh()}
            onPrepare={(group) => setView({ kind: 'prepare', group })}
            onClose={() => setView({ kind: 'groups' })}
          />
        );
      case 'prepare':
        return <PrepareBatch group={view.group} onClose={() => setView({ kind: 'groups' })} />;
      case 'foyer':
        return <FoyerPage onBack={() => setView({ kind: 'groups' })} />;
      case 'log':
        return (
          <section className="batch-section" aria-labelledby="log-heading">
            <h2 id="log-heading">{t('log.heading')}</h2>
            <PrintLog />
            <LettersThisYear forCoordinator />
            <button type="button" className="button" onClick={() => setView({ kind: 'groups' })}>
              {t('common.backToGroups')}
            </button>
          </section>
        );
      case 'groups':
        return (
          <section className="batch-section" aria-labelledby="groups-heading">
            <h2 id="groups-heading">{t('groups.heading')}</h2>
            <GroupList
              groups={groups}
              onOpen={(id) => void openGroup(id, 'edit')}
              onPrepare={(id) => void openGroup(id, 'prepare')}
              onChanged={refresh}
            />
            <div className="batch-actions">
              <button type="button" className="button button--big button--primary" onClick={() => void readList()}>
                {t('groups.readList')}
              </button>
              <button type="button" className="button button--big" onClick={() => setView({ kind: 'foyer' })}>
                {tm('foyer.open')}
              </button>
              <button type="button" className="button button--big" onClick={() => setView({ kind: 'log' })}>
                {t('log.open')}
              </button>
            </div>
            <p className="hint">{t('groups.readListHint')}</p>
          </section>
        );
    }
  };

  return (
    <main id="group-letters" className="workspace batch-page" tabIndex={-1} hidden={hidden}>
      <ScreenHeading focusOnMount={focusHeading}>{t('page.heading')}</ScreenHeading>
      <MessageBar />
      {content()}
    </main>
  );
}
