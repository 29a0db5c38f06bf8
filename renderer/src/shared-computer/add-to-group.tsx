import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../shared/api/contract';
import type { SenderProfile } from '../../../shared/letter/options';
import type { Member } from '../../../shared/members/member';
import { memberDisplayName, memberProblem } from '../../../shared/members/member';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { formatDate } from '../dates';

const NEW_GROUP = '';

function profileToMember(profile: SenderProfile, language: string): Member {
  const { title, firstName, lastName, street, addressLine2, postcode, city, country } = profile;
  return { title, firstName, lastName, street, addressLine2, postcode, city, country, language };
}

/**
 * "Add me to the group": the one way a person's details outlive "Next person" on a shared
 * computer — only when they ask, into a coordinator's group (a new one for today if none exists).
 */
export function AddToGroup({ profile, language, today }: { profile: SenderProfile; language: string; today: string }) {
  const { t, i18n } = useTranslation('help');
  const { status, error } = useAnnouncer();
  const selectId = useId();
  const [groups, setGroups] = useState<GroupSummary[]>([]);
  const [chosen, setChosen] = useState(NEW_GROUP);
  const [busy, setBusy] = useState(false);
  // Once added, the offer is replaced by what was done: asking again would add them twice.
  const [added, setAdded] = useState<string | null>(null);
  const newName = t('shared.newGroupName', { date: formatDate(today, i18n.language) });

  useEffect(() => {
    let live = true;
    api.listGroups().then(
      (list) => live && setGroups(list),
      () => {}, // no groups readable: a new one is still offered
    );
    return () => {
      live = false;
    };
  }, []);

  const add = async () => {
    const member = profileToMember(profile, language);
    if (memberProblem(member) !== null) {
      error(t('shared.needsName'));
      return;
    }
    if (busy) return;
    setBusy(true);
    try {
      const existing = chosen === NEW_GROUP ? null : await api.getGroup({ id: chosen });
      const saved = await api.saveGroup(
        existing
          ? { id: existing.id, name: existing.name, members: [...existing.members, member] }
          : { name: newName, members: [member] },
      );
      const done = t('shared.added', { who: memberDisplayName(member), group: saved.name });
      setAdded(done);
      status(done);
    } catch {
      error(t('shared.addFailed'));
    } finally {
      setBusy(false);
    }
  };

  if (added) {
    return (
      <div className="add-to-group">
        <p className="add-to-group__done">{added}</p>
      </div>
    );
  }

  return (
    <div className="add-to-group">
      <h3>{t('shared.addHeading')}</h3>
      <p className="hint">{t('shared.addHint')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('shared.group')}</label>
        <select id={selectId} className="select batch-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
          <option value={NEW_GROUP}>{t('shared.newGroup', { name: newName })}</option>
        </select>
      </div>
      <button type="button" className="button" aria-disabled={busy} onClick={() => void add()}>
        {t('shared.add')}
      </button>
    </div>
  );
}
