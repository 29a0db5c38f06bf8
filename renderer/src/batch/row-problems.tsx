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
