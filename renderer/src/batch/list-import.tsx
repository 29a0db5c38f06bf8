import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../../shared/members/columns';
import type { Member } from '../../../shared/members/member';
import { membersFromRows, type ColumnMapping, type NumberedRow } from '../../../shared/members/member-rows';
import { fieldsOf, JOINED_COLUMNS, mapHeaders } from '../../../shared/members/columns';
import { TextField } from '../fields/text-field';
import { ColumnSelect } from './column-select';
import { CleanedRows, RowProblems } from './row-problems';
import { RowsPreview } from './rows-preview';

/** The first text under a column; the rows are searched only until one has it. */
function firstText(data: NumberedRow[], index: number): string {
  for (const { cells } of data) {
    const text = cells[index]?.trim();
    if (text) return text;
  }
  return '';
}

interface ListImportProps {
  fileName: string;
  rows: NumberedRow[];
  /** Rows whose hidden characters were removed as read (main/members/read-member-list.ts). */
  cleanedRows?: number[];
  onSave: (name: string, members: Member[]) => void;
  onCancel: () => void;
}

/**
 * A list just read: how its columns are understood (changeable), then its rows as read, which of
 * them cannot be used, and only then the group's name and Save.
 */
export function ListImport({ fileName, rows, cleanedRows = [], onSave, onCancel }: ListImportProps) {
  const { t } = useTranslation('batch');
  const headers = rows[0]?.cells ?? [];
  const [mapping, setMapping] = useState<ColumnMapping>(() => mapHeaders(headers, rows.slice(1).map((record) => record.cells)));
  const [name, setName] = useState(() => fileName.replace(/\.[^.]+$/, ''));
  const list = useMemo(() => membersFromRows(rows, mapping), [rows, mapping]);
  const examples = useMemo(() => (rows[0]?.cells ?? []).map((_, index) => firstText(rows.slice(1), index)), [rows]);
  // Why "Save as a group" does nothing yet, said beside it.
  const reasonId = useId();
  const blockedBy = list.members.length === 0 ? 'noMembers' : !name.trim() ? 'nameFirst' : null;

  // A kind of text comes from one column: choosing it here frees any other column that fills the
  // same field ("Postcode and town" frees "Postcode"). The street may come from several (street,
  // house number), joined in list order.
  const clashes = (chosen: ListColumn, other: ListColumn) =>
    !(chosen === other && JOINED_COLUMNS.has(chosen)) && fieldsOf(chosen).some((field) => fieldsOf(other).includes(field));
  const setColumn = (index: number, column: ListColumn | null) =>
    setMapping((current) => current.map((c, i) => (i === index ? column : column && c && clashes(column, c) ? null : c)));

  return (
    <section className="batch-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading', { fileName })}</h2>
      <fieldset className="choice-group mapping">
        <legend>{t('mapping.legend')}</legend>
        <p className="hint">{t('mapping.hint')}</p>
        <div className="mapping__grid">
          {headers.map((header, index) => (
            <ColumnSelect
              key={index}
              header={header}
              example={examples[index] ?? ''}
              value={mapping[index] ?? null}
              onChange={(column) => setColumn(index, column)}
            />
          ))}
        </div>
      </fieldset>
      <p role="status" className="batch-count">
        {t('import.ready', { count: list.members.length })}
      </p>
      <RowProblems problems={list.problems} />
      <CleanedRows rows={cleanedRows} />
      <RowsPreview rows={list.rows} />
      <TextField label={t('import.groupName')} value={name} onChange={setName} maxLength={120} />
      {blockedBy && (
        <p id={reasonId} className="hint">
          {t(`import.${blockedBy}`)}
        </p>
      )}
      <div className="batch-actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={blockedBy !== null}
          aria-describedby={blockedBy ? reasonId : undefined}
          onClick={() => list.members.length > 0 && name.trim() && onSave(name.trim(), list.members.map((m) => m.member))}
        >
          {t('import.save', { count: list.members.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
