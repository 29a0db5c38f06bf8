import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/api/contract';
import { offeredPairs } from '../../../shared/letter/compose';
import { DEFAULT_LAYOUT, type LayoutSettings } from '../../../shared/letter/layouts';
import { localIsoDate } from '../../../shared/letter/today';
import type { BatchSettings } from '../../../shared/members/batch-letters';
import { memberProblem } from '../../../shared/members/member';
import { LayoutGroup } from '../check-and-print/layout-group';
import { bodyFor, wordingChoices } from '../details/choice-context';
import { WordingChoices } from '../details/wording-choices';
import { CheckboxField } from '../fields/checkbox-field';
import { LetterLanguageGroup } from '../letter/letter-language-group';
import { SalutationGroup } from '../letter/salutation-group';
import { BatchEnvelopeActions } from './batch-envelopes';
import { BatchOutputActions } from './batch-output';
import { CampaignSelect } from './campaign-select';
import { LanguageMode } from './language-mode';
import { MemberStepper } from './member-stepper';
import { useCampaignChoice } from './use-campaign';

interface Choices {
  langMode: BatchSettings['langMode'];
  lang: string;
  salutationIndex: number;
  layout: LayoutSettings;
  withCopies: boolean;
  padToEven: boolean;
  /** The option picked for each `{{a|b}}` choice in the text, for every letter of the batch. */
  picks: number[];
}

/** A pick for choice `index`, leaving no holes before it (a hole would read as "no pick"). */
function withPick(picks: readonly number[], index: number, pick: number): number[] {
  const next = [...picks];
  for (let i = next.length; i < index; i++) next[i] = 0;
  next[index] = pick;
  return next;
}

/** The month's letters for a group: campaign, language, salutation and layout, then each letter, then out. */
export function PrepareBatch({ group, onClose }: { group: Group; onClose: () => void }) {
  const { t, i18n } = useTranslation('batch');
  const { campaigns, id, setId, campaign } = useCampaignChoice();
  const [today] = useState(() => localIsoDate());
  const [choices, setChoices] = useState<Choices>({
    langMode: 'one',
    lang: i18n.language,
    salutationIndex: 0,
    layout: DEFAULT_LAYOUT,
    // The embassy copy is what the campaign asks for; a campaign without copies prints none anyway.
    withCopies: true,
    padToEven: false,
    picks: [],
  });
  const set = (patch: Partial<Choices>) => setChoices((current) => ({ ...current, ...patch }));
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
        layout: choices.layout,
        withCopies: choices.withCopies,
        choices: choices.picks,
        date: today,
      },
    [campaign, choices, lang, today],
  );

  return (
    <section className="batch-section" aria-labelledby="prepare-heading">
      <h2 id="prepare-heading">{t('prepare.heading', { name: group.name })}</h2>
      <p>{t('prepare.count', { count: members.length })}</p>
      {members.length < group.members.length && (
        <p className="notice">{t('prepare.skipped', { count: group.members.length - members.length })}</p>
      )}
      {campaigns && campaigns.length === 0 && <p role="alert">{t('prepare.noCampaigns')}</p>}
      {campaigns && campaigns.length > 0 && (
        <CampaignSelect campaigns={campaigns} value={id} uiLanguage={i18n.language} onChange={(next) => {
            setId(next);
            set({ picks: [] });
          }} />
      )}
      {campaign && settings && (
        <>
          <LanguageMode value={choices.langMode} onChange={(langMode) => set({ langMode })} />
          <LetterLanguageGroup languages={languages} value={lang} onChange={(next) => set({ lang: next, salutationIndex: 0 })} />
          <SalutationGroup
            pairs={offeredPairs(campaign, lang)}
            lang={lang}
            value={choices.salutationIndex}
            onChange={(salutationIndex) => set({ salutationIndex })}
          />
          {choices.langMode === 'own' && <p className="hint">{t('prepare.salutationOwnHint')}</p>}
          <WordingChoices
            choices={wordingChoices(bodyFor(campaign, lang))}
            lang={lang}
            picks={choices.picks}
            onPick={(index, pick) => set({ picks: withPick(choices.picks, index, pick) })}
          />
          <LayoutGroup value={choices.layout.preset} onChange={(preset) => set({ layout: { ...choices.layout, preset } })} />
          {(campaign.copies?.length ?? 0) > 0 && (
            <CheckboxField
              label={t('prepare.withCopies')}
              hint={t('prepare.withCopiesHint')}
              checked={choices.withCopies}
              onChange={(withCopies) => set({ withCopies })}
            />
          )}
          <CheckboxField
            label={t('prepare.padToEven')}
            hint={t('prepare.padToEvenHint')}
            checked={choices.padToEven}
            onChange={(padToEven) => set({ padToEven })}
          />
          {members.length > 0 && (
            <>
              <MemberStepper campaign={campaign} members={members} settings={settings} />
              <BatchOutputActions
                request={{ groupName: group.name, members, settings, padToEven: choices.padToEven }}
                copiesPerMember={choices.withCopies ? (campaign.copies?.length ?? 0) : 0}
              />
              <BatchEnvelopeActions request={{ groupName: group.name, members, settings }} />
            </>
          )}
        </>
      )}
      <div className="batch-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.backToGroups')}
        </button>
      </div>
    </section>
  );
}
