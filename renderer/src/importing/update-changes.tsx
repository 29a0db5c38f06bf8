import { useTranslation } from 'react-i18next';
import type { PersonChange, UpdateChanges as Changes } from '../../../shared/api/contract';
import { ChangeMark, PersonCell } from './person-cell';
import './import-changes.css';

/**
 * One update's changes side by side: a row per recipient, copy and publisher that differs, with
 * the version the member has now and the one after the import. A table, so that a screen reader
 * names the column ("Now", "After the import") of every cell.
 */
export function UpdateChanges({ title, changes }: { title: string; changes: Changes }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="changes">
        <caption>{t('importing.changes.caption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importing.changes.what')}</th>
            <th scope="col">{t('importing.changes.now')}</th>
            <th scope="col">{t('importing.changes.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.recipient && <PersonRow heading={t('importing.changes.recipient')} change={changes.recipient} />}
          {changes.copies.map((change, index) => (
            <PersonRow key={index} heading={t('importing.changes.copy')} change={change} />
          ))}
          {changes.publisher && (
            <tr>
              <th scope="row">{t('importing.changes.publisher')}</th>
              <td>
                <p className="changes__part changes__part--changed">
                  <ChangeMark side="now" />
                  {changes.publisher.now}
                </p>
              </td>
              <td>
                <p className="changes__part changes__part--changed">
                  <ChangeMark side="after" />
                  {changes.publisher.after}
                </p>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {changes.moreCopyChanges > 0 && <p>{t('importing.changes.moreCopies', { count: changes.moreCopyChanges })}</p>}
    </>
  );
}

function PersonRow({ heading, change }: { heading: string; change: PersonChange }) {
  return (
    <tr>
      <th scope="row">{heading}</th>
      <PersonCell side="now" change={change} />
      <PersonCell side="after" change={change} />
    </tr>
  );
}
