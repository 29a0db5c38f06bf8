import { useTranslation } from 'react-i18next';
import { offeredPairs } from '../../../shared/letter/compose';
import type { FlowAction, LetterDraft } from '../flow/flow-state';
import { ScreenHeading } from '../screen-heading';
import { LetterLanguageGroup } from './letter-language-group';
import { SalutationGroup } from './salutation-group';
import { textForUi } from '../campaigns/letter-text';

interface LanguageStepProps {
  draft: LetterDraft;
  focusHeading: boolean;
  dispatch: (action: FlowAction) => void;
}

export function LanguageStep({ draft, focusHeading, dispatch }: LanguageStepProps) {
  const { t, i18n } = useTranslation();
  const pairs = offeredPairs(draft.campaign, draft.lang);
  return (
    <div className="screen">
      <ScreenHeading focusOnMount={focusHeading}>{t('steps.language')}</ScreenHeading>
      <p className="lead">{textForUi(draft.campaign, i18n.language).title}</p>
      <LetterLanguageGroup
        languages={Object.keys(draft.campaign.languages)}
        value={draft.lang}
        onChange={(lang) => dispatch({ type: 'lang', lang })}
      />
      <SalutationGroup
        pairs={pairs}
        lang={draft.lang}
        value={draft.salutationIndex}
        onChange={(index) => dispatch({ type: 'salutation', index })}
      />
    </div>
  );
}
