import { useTranslation } from 'react-i18next';
import type { MemberColumn } from '../../../shared/members/columns';
import { MEMBER_FIELD_MAX, memberDisplayName, type Member } from '../../../shared/members/member';

/** The columns in the order an address is written; title and language last, as they are rarer. */
const COLUMNS: MemberColumn[] = ['firstName', 'lastName', 'street', 'addressLine2', 'postcode', 'city', 'country', 'title', 'language'];
/** Short texts get narrow boxes, so the whole row, Remove included, fits a laptop screen. */
const SHORT_COLUMNS: ReadonlySet<string> = new Set(['postcode', 'title', 'language']);

interface MemberTableProps {
  members: Member[];
  onChange: (index: number, patch: Partial<Member>) => void;
  onRemove: (index: number) => void;
}

/** The group's members, each cell editable in place; every input is named by column and member. */
export function MemberTable({ members, onChange, onRemove }: MemberTableProps) {
  const { t } = useTranslation('batch');
  return (
    <div className="member-table__scroll" tabIndex={-1}>
      <table className="member-table">
        <caption className="visually-hidden">{t('editor.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editor.number')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`columns.${column}`)}
              </th>
            ))}
            <th scope="col">{t('editor.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => {
            const who = memberDisplayName(member) || t('editor.rowNumber', { number: index + 1 });
            return (
              <tr key={index}>
                <th scope="row">{index + 1}</th>
                {COLUMNS.map((column) => (
                  <td key={column}>
                    <input
                      type="text"
                      className={`input member-table__input${SHORT_COLUMNS.has(column) ? ' member-table__input--short' : ''}`}
                      value={member[column]}
                      maxLength={MEMBER_FIELD_MAX[column]}
                      spellCheck={false}
                      aria-label={t('editor.cellLabel', { column: t(`columns.${column}`), who })}
                      onChange={(event) => onChange(index, { [column]: event.target.value })}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" className="button" aria-label={`${t('editor.remove')} ${who}`} onClick={() => onRemove(index)}>
                    {t('editor.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
