import { useTranslation } from 'react-i18next';
import type { DraftPerson } from '../../../shared/campaign/draft';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import type { Person, SalutationPair } from '../../../shared/campaign/schema';
import { offeredForms } from '../../../shared/letter/languages';
import { LineField } from './editor-fields';

interface SalutationPairsProps {
  pairs: readonly SalutationPair[];
  /** "languages.fr.salutations" */
  at: string;
  language: string;
  recipient: DraftPerson;
  problems: readonly DraftProblem[];
  onChange: (pairs: SalutationPair[]) => void;
}

/**
 * The greeting and closing. Usually the app's own forms of address serve (shown as an example);
 * a campaign may give its own pairs instead, which members then choose from.
 */
export function SalutationPairs({ pairs, at, language, recipient, problems, onChange }: SalutationPairsProps) {
  const { t } = useTranslation('editor');
  const [usual] = offeredForms(language, recipient as Person);
  const change = (index: number, patch: Partial<SalutationPair>) => onChange(pairs.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <fieldset className="field-group">
      <legend>{t('greetings.legend')}</legend>
      <p className="hint">
        {pairs.length > 0
          ? t('greetings.own')
          : usual
            ? t('greetings.usual', { salutation: usual.salutation, closing: usual.closing })
            : t('greetings.noUsual')}
      </p>
      {pairs.map((pair, index) => (
        <div key={index} className="greeting-pair">
          <h2 className="greeting-pair__heading">{t('greetings.pair', { number: index + 1 })}</h2>
          <LineField
            label={t('greetings.salutation')}
            field={`${at}.${index}`}
            problems={problems}
            value={pair.salutation}
            onChange={(salutation) => change(index, { salutation })}
          />
          <LineField
            label={t('greetings.closing')}
            field={`${at}.${index}.closing`}
            problems={problems}
            value={pair.closing}
            onChange={(closing) => change(index, { closing })}
          />
          <button type="button" className="button" onClick={() => onChange(pairs.filter((_, i) => i !== index))}>
            {t('greetings.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...pairs, { salutation: '', closing: '' }])}>
        {t('greetings.add')}
      </button>
    </fieldset>
  );
}
