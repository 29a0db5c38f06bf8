import { useTranslation } from 'react-i18next';
import { ADDRESS_MAX_LINES, filledLines, type DraftProblem } from '../../../shared/campaign/draft-problems';
import { FieldFrame } from './field-frame';

interface AddressFieldProps {
  lines: string[];
  field: string;
  problems: readonly DraftProblem[];
  onChange: (lines: string[]) => void;
}

/**
 * The postal address, one line per envelope line, with the envelope's limit counted as it is
 * typed ("5 of 6 lines"). Lines are kept exactly as typed; empty ones are left out when saved.
 */
export function AddressField({ lines, field, problems, onChange }: AddressFieldProps) {
  const { t } = useTranslation('editor');
  const count = filledLines(lines).length;
  return (
    <FieldFrame
      label={t('person.address')}
      hint={t('person.addressHint')}
      field={field}
      problems={problems}
      after={
        <span className={count > ADDRESS_MAX_LINES ? 'line-count line-count--over' : 'line-count'}>
          {t('person.addressCount', { count, max: ADDRESS_MAX_LINES })}
        </span>
      }
    >
      {(control) => (
        <textarea
          {...control}
          className="input textarea address-input"
          rows={ADDRESS_MAX_LINES}
          value={lines.join('\n')}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value.split('\n'))}
        />
      )}
    </FieldFrame>
  );
}
