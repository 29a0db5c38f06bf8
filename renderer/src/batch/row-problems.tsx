import { useTranslation } from 'react-i18next';
import type { MemberRowProblem } from '../../../shared/members/member';

const SHOWN = 50;

/** The rows that cannot make a letter, by row number as the spreadsheet shows it, and why. */
export function RowProblems({ problems }: { problems: MemberRowProblem[] }) {
  const { t } = useTranslation('batch');
  if (problems.length === 0) return null;
  return (
    <div className="notice">
      <h3>{t('problems.heading', { count: problems.length })}</h3>
      <p>{t('problems.hint')}</p>
      <ul>
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={problem.row}>{t('problems.row', { row: problem.row, reason: t(`problems.${problem.reason}`) })}</li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{t('problems.more', { count: problems.length - SHOWN })}</p>}
    </div>
  );
}

/**
 * Rows whose hidden characters (direction overrides and the like) were removed as the list was
 * read: the name may now read differently from what the spreadsheet seemed to show.
 */
export function CleanedRows({ rows }: { rows: number[] }) {
  const { t, i18n } = useTranslation('batch');
  if (rows.length === 0) return null;
  const shown = rows.slice(0, SHOWN).map(String);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(rows.length > SHOWN ? [...shown, '…'] : shown);
  return (
    <div className="notice">
      <h3>{t('cleaned.heading')}</h3>
      <p>{t('cleaned.text', { count: rows.length, rows: list })}</p>
    </div>
  );
}
