import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign/schema';
import { bodyFor, wordingChoices } from '../details/choice-context';
import { WordingChoices } from '../details/wording-choices';
import { CheckboxField } from '../fields/checkbox-field';
import { withPick, type BatchChoices } from './prepare-choices';

interface OptionsStepProps {
  title: string;
  campaign: Campaign;
  lang: string;
  choices: BatchChoices;
  onChange: (patch: Partial<BatchChoices>) => void;
}

/** Step 3: the wording the text leaves open, the embassy copy, and pages for two-sided printing. */
export function OptionsStep({ title, campaign, lang, choices, onChange }: OptionsStepProps) {
  const { t } = useTranslation('batch');
  return (
    <>
      <h3 className="prepare-step__heading" tabIndex={-1}>
        {title}
      </h3>
      <WordingChoices
        choices={wordingChoices(bodyFor(campaign, lang))}
        lang={lang}
        picks={choices.picks}
        onPick={(index, pick) => onChange({ picks: withPick(choices.picks, index, pick) })}
      />
      {(campaign.copies?.length ?? 0) > 0 && (
        <CheckboxField
          label={t('prepare.withCopies')}
          hint={t('prepare.withCopiesHint')}
          checked={choices.withCopies}
          onChange={(withCopies) => onChange({ withCopies })}
        />
      )}
      <CheckboxField
        label={t('prepare.padToEven')}
        hint={t('prepare.padToEvenHint')}
        checked={choices.padToEven}
        onChange={(padToEven) => onChange({ padToEven })}
      />
    </>
  );
}
