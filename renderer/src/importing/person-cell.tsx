import { useTranslation } from 'react-i18next';
import type { PersonChange, PersonPart, ShownPerson } from '../../../shared/api/contract';

type Side = 'now' | 'after';

/** "Old:" before what goes, "New:" before what comes: changes are said in words, not only in colour. */
export function ChangeMark({ side }: { side: Side }) {
  const { t } = useTranslation();
  return (
    <>
      <strong className="changes__mark">{t(side === 'now' ? 'importing.changes.oldMark' : 'importing.changes.newMark')}</strong>{' '}
    </>
  );
}

/**
 * A recipient or copy on one side. The name, office and greeting are shown only when they change
 * (the address lines usually repeat the name); the address is always shown, its changed lines marked.
 */
export function PersonCell({ side, change }: { side: Side; change: PersonChange }) {
  const { t } = useTranslation();
  const person = change[side];
  if (!person) {
    return <td className="changes__none">{t(side === 'now' ? 'importing.changes.noCopyYet' : 'importing.changes.noCopyAfter')}</td>;
  }
  // A copy added or removed: every part is new or old, and the address lines already say so.
  const edited = change.now !== undefined && change.after !== undefined;
  const shows = (part: PersonPart) => edited && change.changed.includes(part);
  return (
    <td>
      {shows('name') && <Part side={side} label={t('importing.changes.name')} value={person.name} />}
      {shows('familyName') && (
        <Part side={side} label={t('importing.changes.familyName')} value={person.familyName ?? t('importing.changes.none')} />
      )}
      {(shows('role') || !edited) && (
        <Part side={side} label={t('importing.changes.role')} value={t(`importing.changes.roles.${person.role}`)} marked={edited} />
      )}
      {shows('gender') && (
        <Part side={side} label={t('importing.changes.gender')} value={t(`importing.changes.genders.${person.gender}`)} />
      )}
      <AddressLines side={side} person={person} />
    </td>
  );
}

function Part({ side, label, value, marked = true }: { side: Side; label: string; value: string; marked?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={marked ? 'changes__part changes__part--changed' : 'changes__part'}>
      {marked && <ChangeMark side={side} />}
      {t('importing.changes.labelled', { label, value })}
    </p>
  );
}

function AddressLines({ side, person }: { side: Side; person: ShownPerson }) {
  const { t } = useTranslation();
  return (
    <ul className="changes__address" aria-label={t('importing.changes.address')}>
      {person.address.map((line, index) => (
        <li key={index} className={line.changed ? 'changes__line changes__line--changed' : 'changes__line'}>
          {line.changed && <ChangeMark side={side} />}
          {line.text}
        </li>
      ))}
    </ul>
  );
}
