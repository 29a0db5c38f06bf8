import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/api/contract';
import { localIsoDate } from '../../../shared/letter/today';
import type { BatchSettings } from '../../../shared/members/batch-letters';
import { memberProblem } from '../../../shared/members/member';
import type { Step } from '../flow/flow-state';
import { StepButtons } from '../flow/step-buttons';
import { StepIndicator } from '../flow/step-indicator';
import { MemberStepper } from './member-stepper';
import { initialChoices, type BatchChoices } from './prepare-choices';
import { GroupStep } from './prepare-group-step';
import { LanguageStep } from './prepare-language-step';
import { OptionsStep } from './prepare-options-step';
import { OutputStep } from './prepare-output-step';
import { useCampaignChoice } from './use-campaign';
import { useSavedLayout } from './use-saved-layout';

/**
 * The month's letters for a group, in the member's four-step rhythm, one decision a screen:
 * group and campaign, language and salutation, wording and copies, print or save. Each member's
 * letter is shown beside every step.
 */
export function PrepareBatch({ group, onClose }: { group: Group; onClose: () => void }) {
  const { t, i18n } = useTranslation('batch');
  const { t: tUi } = useTranslation();
  const { campaigns, id, setId, campaign } = useCampaignChoice();
  const layout = useSavedLayout();
  const [today] = useState(() => localIsoDate());
  const [step, setStep] = useState<Step>(1);
  const [choices, setChoices] = useState<BatchChoices>(() => initialChoices(i18n.language));
  const set = (patch: Partial<BatchChoices>) => setChoices((current) => ({ ...current, ...patch }));
  const members = useMemo(() => group.members.filter((m) => memberProblem(m) === null), [group.members]);

  const languages = campaign ? Object.keys(campaign.languages) : [];
  const lang = languages.includes(choices.lang) ? choices.lang : (languages[0] ?? choices.lang);
  const settings = useMemo<BatchSettings | null>(
    () =>
      campaign && {
        campaignId: campaign.id,
        langMode: choices.langMode,
        lang,
        salutationIndex: choices.salutationIndex,
        layout,
        withCopies: choices.withCopies,
        choices: choices.picks,
        date: today,
      },
    [campaign, choices, lang, layout, today],
  );

  // A new step: focus on its heading, so a screen reader says where the coordinator is.
  const form = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [step]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  const names = [t('steps.group'), tUi('steps.language'), t('steps.options'), t('steps.print')] as const;
  const ready = campaign !== null && settings !== null && members.length > 0;
  const current = ready ? step : 1;
  const stepContent = () => {
    if (current === 1 || !campaign || !settings) {
      return (
        <GroupStep
          title={names[0]}
          usable={members.length}
          total={group.members.length}
          campaigns={campaigns}
          campaignId={id}
          onCampaign={(next) => {
            setId(next);
            set({ picks: [] });
          }}
        />
      );
    }
    if (current === 2) return <LanguageStep title={names[1]} campaign={campaign} lang={lang} choices={choices} onChange={set} />;
    if (current === 3) return <OptionsStep title={names[2]} campaign={campaign} lang={lang} choices={choices} onChange={set} />;
    return (
      <OutputStep
        request={{ groupName: group.name, members, settings, padToEven: choices.padToEven }}
        campaign={campaign}
        copiesPerMember={choices.withCopies ? (campaign.copies?.length ?? 0) : 0}
      />
    );
  };

  return (
    <section className="batch-section prepare" aria-labelledby="prepare-heading">
      <h2 id="prepare-heading">{t('prepare.heading', { name: group.name })}</h2>
      <StepIndicator current={current} canVisit={ready} onGo={go} names={names} />
      <div className="workspace--two prepare__columns">
        <div className="workspace__form" ref={form}>
          {stepContent()}
          <StepButtons
            onBack={current > 1 ? () => go((current - 1) as Step) : undefined}
            onNext={ready && current < 4 ? () => go((current + 1) as Step) : undefined}
          />
          <div className="batch-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.backToGroups')}
            </button>
          </div>
        </div>
        {campaign && settings && members.length > 0 && (
          <div className="prepare__preview">
            <MemberStepper campaign={campaign} members={members} settings={settings} />
          </div>
        )}
      </div>
    </section>
  );
}
