import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../shared/letter/options';
import type { FlowAction, LetterDraft } from '../flow/flow-state';
import { ScreenHeading } from '../screen-heading';
import { useSharedComputer } from '../shared-computer/shared-computer-context';
import { bodyFor, wordingChoices } from './choice-context';
import { PersonalText } from './personal-text';
import { ProfileFields } from './profile-fields';
import { SaveStatus } from './save-status';
import type { SaveState } from './use-profile';
import { WordingChoices } from './wording-choices';

interface DetailsStepProps {
  draft: LetterDraft;
  profile: SenderProfile;
  saveState: SaveState;
  focusHeading: boolean;
  onProfile: (patch: Partial<SenderProfile>) => void;
  dispatch: (action: FlowAction) => void;
}

export function DetailsStep({ draft, profile, saveState, focusHeading, onProfile, dispatch }: DetailsStepProps) {
  const { t } = useTranslation();
  const shared = useSharedComputer().enabled;
  return (
    <div className="screen">
      <ScreenHeading focusOnMount={focusHeading}>{t('steps.details')}</ScreenHeading>
      <p className="lead">{shared ? t('help:shared.detailsIntro') : t('details.intro')}</p>
      <ProfileFields profile={profile} onChange={onProfile} />
      <SaveStatus state={saveState} />
      <WordingChoices
        choices={wordingChoices(bodyFor(draft.campaign, draft.lang))}
        lang={draft.lang}
        picks={draft.choices}
        onPick={(index, pick) => dispatch({ type: 'choice', index, pick })}
      />
      <PersonalText value={draft.personalText} onChange={(text) => dispatch({ type: 'personalText', text })} />
    </div>
  );
}
