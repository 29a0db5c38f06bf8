import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberColumn } from '../../../shared/members/columns';
import { MEMBER_FIELD_MAX, memberDisplayName, type Member } from '../../../shared/members/member';

/** The fields in the order an address is written; title and language last, as they are rarer. */
const COLUMNS: MemberColumn[] = ['firstName', 'lastName', 'street', 'addressLine2', 'postcode', 'city', 'country', 'title', 'language'];

interface MemberCardsProps {
  members: Member[];
  onChange: (index: number, patch: Partial<Member>) => void;
  onRemove: (index: number) => void;
}

/**
 * The group's members, one card each with its fields wrapping to the window's width: no column
 * is ever cut off at any text size, and each card's Remove sits beside its name.
 */
export function MemberCards({ members, onChange, onRemove }: MemberCardsProps) {
  const { t } = useTranslation('batch');
  return (
    <ol className="member-cards" aria-label={t('editor.tableCaption')}>
      {members.map((member, index) => (
        <MemberCard key={index} member={member} number={index + 1} onChange={(patch) => onChange(index, patch)} onRemove={() => onRemove(index)} />
      ))}
    </ol>
  );
}

interface MemberCardProps {
  member: Member;
  number: number;
  onChange: (patch: Partial<Member>) => void;
  onRemove: () => void;
}

function MemberCard({ member, number, onChange, onRemove }: MemberCardProps) {
  const { t } = useTranslation('batch');
  const base = useId();
  const who = memberDisplayName(member) || t('editor.rowNumber', { number });
  return (
    <li className="member-card">
      <div className="member-card__head">
        <h3 className="member-card__name">
          <span className="member-card__number">{number}.</span> {who}
        </h3>
        <button type="button" className="button" aria-label={`${t('editor.remove')} ${who}`} onClick={onRemove}>
          {t('editor.remove')}
        </button>
      </div>
      <div className="member-card__fields">
        {COLUMNS.map((column) => (
          <div key={column} className="member-card__field">
            <label htmlFor={`${base}-${column}`}>{t(`columns.${column}`)}</label>
            {/* Heard as "Town, Anna Muster": the visible label first, then whose box it is, as the card's heading shows. */}
            <input
              id={`${base}-${column}`}
              type="text"
              className="input"
              aria-label={t('editor.cellLabel', { column: t(`columns.${column}`), who })}
              value={member[column]}
              maxLength={MEMBER_FIELD_MAX[column]}
              spellCheck={false}
              onChange={(event) => onChange({ [column]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </li>
  );
}
