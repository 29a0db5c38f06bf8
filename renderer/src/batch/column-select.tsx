import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_COLUMNS, type ListColumn } from '../../../shared/members/columns';

interface ColumnSelectProps {
  header: string;
  /** The first text under the header, so the coordinator sees what the column holds. */
  example: string;
  value: ListColumn | null;
  onChange: (column: ListColumn | null) => void;
}

/** What one column of the coordinator's list holds; "not used" leaves it out. */
export function ColumnSelect({ header, example, value, onChange }: ColumnSelectProps) {
  const { t } = useTranslation('batch');
  const id = useId();
  return (
    <div className="field mapping__row">
      <label htmlFor={id}>{t('mapping.columnLabel', { header: header || t('mapping.noHeader') })}</label>
      {example && (
        <p id={`${id}-example`} className="mapping__example">
          {t('mapping.example', { example })}
        </p>
      )}
      <select
        id={id}
        aria-describedby={example ? `${id}-example` : undefined}
        className="select"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || null) as ListColumn | null)}
      >
        <option value="">{t('mapping.notUsed')}</option>
        {LIST_COLUMNS.map((column) => (
          <option key={column} value={column}>
            {t(`columns.${column}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
