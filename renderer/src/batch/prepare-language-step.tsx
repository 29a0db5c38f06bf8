import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign/schema';
import { offeredPairs } from '../../../shared/letter/compose';
import { LetterLanguageGroup } from '../letter/letter-language-group';
import { SalutationGroup } from '../letter/salutation-group';
import { LanguageMode } from './language-mode';
import type { BatchChoices } from './prepare-choices';

interface LanguageStepProps {
  title: string;
  campaign: Campaign;
  /** The letter language in force: the chosen one when the campaign has it. */
  lang: string;
  choices: BatchChoices;
  onChange: (patch: Partial<BatchChoices>) => void;
}

/** Step 2: one language for all or each member's own, and the form of address. */
export function LanguageStep({ title, campaign, lang, choices, onChange }: LanguageStepProps) {
  const { t } = useTranslation('batch');
  return (
    <>
      <h3 className="prepare-step__heading" tabIndex={-1}>
        {title}
      </h3>
      <LanguageMode value={choices.langMode} onChange={(langMode) => onChange({ langMode })} />
      <LetterLanguageGroup
        languages={Object.keys(campaign.languages)}
        value={lang}
        onChange={(next) => onChange({ lang: next, salutationIndex: 0 })}
      />
      <SalutationGroup
        pairs={offeredPairs(campaign, lang)}
        lang={lang}
        value={choices.salutationIndex}
        onChange={(salutationIndex) => onChange({ salutationIndex })}
      />
      {choices.langMode === 'own' && <p className="hint">{t('prepare.salutationOwnHint')}</p>}
    </>
  );
}
