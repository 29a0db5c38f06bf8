import { useMemo, useReducer, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import type { LayoutSettings } from '../../../shared/letter/layouts';
import type { SenderProfile } from '../../../shared/letter/options';
import { localIsoDate } from '../../../shared/letter/today';
import { MessageBar, useAnnouncer } from '../announcer';
import { CampaignDetail } from '../campaigns/campaign-detail';
import { CampaignList } from '../campaigns/campaign-list';
import { LettersThisYear } from '../letter-afternoon/letters-this-year';
import { DetailsStep } from '../details/details-step';
import type { SaveState } from '../details/use-profile';
import { LanguageStep } from '../letter/language-step';
import { EnvelopesPage } from '../check-and-print/envelopes-page';
import { PrintStep } from '../check-and-print/print-step';
import { NextPersonPanel } from '../shared-computer/next-person-panel';
import { useSharedComputer } from '../shared-computer/shared-computer-context';
import { INITIAL_FLOW, flowReducer, letterOptions, type FlowAction, type Step } from './flow-state';
import { PreviewPane } from './preview-pane';
import { StepButtons } from './step-buttons';
import { StepIndicator } from './step-indicator';

interface LetterFlowProps {
  campaigns: CampaignSummary[] | null;
  profile: SenderProfile;
  /** The saved envelope and printer set-up: every letter starts from it. */
  layout: LayoutSettings;
  saveState: SaveState;
  onProfile: (patch: Partial<SenderProfile>) => void;
  onImport: () => void;
  /** The first-run welcome, shown above the list of letters until it is put away. */
  welcome: ReactNode;
  /** Kept but out of sight while another mode is open: its <main> says so itself, as HTML asks of a second main. */
  hidden?: boolean;
}

/** The member's four steps. Everything chosen lives here, so going back and forth loses nothing. */
export function LetterFlow({ campaigns, profile, layout, saveState, onProfile, onImport, welcome, hidden = false }: LetterFlowProps) {
  const { t, i18n } = useTranslation();
  const shared = useSharedComputer();
  const { status } = useAnnouncer();
  const [state, dispatch] = useReducer(flowReducer, INITIAL_FLOW);
  const { clear } = useAnnouncer();
  // The letter's date: today, fixed for the session so the preview and the print agree.
  const [today] = useState(() => localIsoDate());
  // No focus jump on the first screen: the member starts at the top of the window.
  const [moved, setMoved] = useState(false);
  // Step 4's envelopes and labels, one link away: a view of step 4, left with any move.
  const [envelopes, setEnvelopes] = useState(false);
  const { step, draft } = state;
  const options = useMemo(() => (draft ? letterOptions(draft, layout, today) : null), [draft, layout, today]);

  const navigate = (action: FlowAction) => {
    setMoved(true);
    setEnvelopes(false);
    // A new screen starts at its top, as a new page does, not where "Next" was on the step before.
    window.scrollTo({ top: 0, behavior: 'instant' });
    clear();
    dispatch(action);
  };
  const go = (target: Step) => navigate({ type: 'go', step: target });
  // Shared computer: nothing of the last person stays, neither their details nor their letter.
  const nextPerson = () => {
    navigate({ type: 'nextPerson' });
    shared.forgetDetails();
    status(i18n.t('help:shared.cleared'));
  };

  const screen = () => {
    if (step === 1 || !draft || !options) {
      return state.openedId ? (
        <CampaignDetail
          key={state.openedId}
          id={state.openedId}
          today={today}
          focusHeading={moved}
          onBack={() => navigate({ type: 'close' })}
          onWrite={(campaign) => navigate({ type: 'write', campaign, uiLanguage: i18n.language })}
        />
      ) : (
        <>
          <CampaignList
            campaigns={campaigns}
            today={today}
            focusHeading={moved}
            onOpen={(id) => navigate({ type: 'open', id })}
            onImport={onImport}
            intro={welcome}
          />
          <LettersThisYear />
          {draft && <StepButtons onNext={() => go(2)} nextLabel={t('nav.continue')} />}
        </>
      );
    }
    if (step === 2) {
      return (
        <>
          <LanguageStep key="step-2" draft={draft} focusHeading={moved} dispatch={dispatch} />
          <StepButtons onBack={() => go(1)} onNext={() => go(3)} />
        </>
      );
    }
    if (step === 3) {
      return (
        <>
          <DetailsStep
            key="step-3"
            draft={draft}
            profile={profile}
            saveState={saveState}
            focusHeading={moved}
            onProfile={onProfile}
            dispatch={dispatch}
          />
          <StepButtons onBack={() => go(2)} onNext={() => go(4)} />
        </>
      );
    }
    if (envelopes) {
      return <EnvelopesPage options={options} profile={profile} withCopies={state.withCopies && (draft.campaign.copies ?? []).length > 0} onBack={() => navigate({ type: 'go', step: 4 })} />;
    }
    return (
      <>
        <PrintStep
          key="step-4"
          draft={draft}
          options={options}
          profile={profile}
          withCopies={state.withCopies}
          focusHeading={moved}
          dispatch={dispatch}
          onEditDetails={() => go(3)}
          onEnvelopes={() => {
            clear();
            setEnvelopes(true);
          }}
          afterPrint={
            shared.enabled && <NextPersonPanel profile={profile} language={draft.lang} today={today} onNextPerson={nextPerson} />
          }
        />
        <StepButtons onBack={() => go(3)} onNext={() => navigate({ type: 'close' })} nextLabel={t('nav.another')} />
      </>
    );
  };

  const showPreview = step > 1 && draft && options;
  return (
    <>
      <StepIndicator current={step} canVisit={draft !== null} onGo={go} />
      <div className={showPreview ? 'workspace workspace--two' : 'workspace'}>
        <main id="main" className="workspace__form" tabIndex={-1} hidden={hidden}>
          <MessageBar />
          {screen()}
        </main>
        {showPreview && <PreviewPane campaign={draft.campaign} options={options} profile={profile} />}
      </div>
    </>
  );
}
