import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/api/contract';
import { offeredPairs } from '../../../shared/letter/compose';
import { DEFAULT_LAYOUT, type LayoutSettings } from '../../../shared/letter/layouts';
import { localIsoDate } from '../../../shared/letter/today';
import type { BatchSettings } from '../../../shared/members/batch-letters';
import { memberProblem } from '../../../shared/members/member';
import { LayoutGroup } from '../check-and-print/layout-group';
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
    withCopies: false,
    padToEven: false,
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
        <CampaignSelect campaigns={campaigns} value={id} uiLanguage={i18n.language} onChange={(next) => setId(next)} />
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
          <LayoutGroup value={choices.layout.preset} onChange={(preset) => set({ layout: { ...choices.layout, preset } })} />
          <CheckboxField
            label={t('prepare.withCopies')}
            hint={t('prepare.withCopiesHint')}
            checked={choices.withCopies}
            onChange={(withCopies) => set({ withCopies })}
          />
          <CheckboxField
            label={t('prepare.padToEven')}
            hint={t('prepare.padToEvenHint')}
            checked={choices.padToEven}
            onChange={(padToEven) => set({ padToEven })}
          />
          {members.length > 0 && (
            <>
              <MemberStepper campaign={campaign} members={members} settings={settings} />
              <BatchOutputActions request={{ groupName: group.name, members, settings, padToEven: choices.padToEven }} />
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
