import { useMemo } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/api/contract';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import { draftProblems } from '../../../shared/campaign/draft-problems';
import type { SenderProfile } from '../../../shared/letter/options';
import { useAnnouncer } from '../announcer';
import { StepButtons } from '../flow/step-buttons';
import { draftTitle } from './draft-title';
import { EditorPreview } from './editor-preview';
import { EditorSection } from './editor-section';
import { SaveState } from './save-state';
import { SECTION_HEADING_ID } from './section-frame';
import { SectionNav } from './section-nav';
import { SECTIONS, isSection, languageOf, sectionOf, type Section } from './sections';
import { useDraftAutosave } from './use-draft-autosave';
import { usePublish } from './use-publish';

interface CampaignEditorProps {
  initial: Draft;
  profile: SenderProfile;
  focusHeading: boolean;
  onClose: () => void;
  onDelete: () => void;
}

/**
 * A campaign being written: one screen per part (sections.ts), the printed letter beside it, what
 * is still wrong shown where it is, and everything saved as it is typed, the place included.
 */
export function CampaignEditor({ initial, profile, focusHeading, onClose, onDelete }: CampaignEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const { clear } = useAnnouncer();
  const { draft, setDraft, state, flush, adopt, discard } = useDraftAutosave(initial, t('save.failed'));
  const problems = useMemo(() => draftProblems(draft.campaign), [draft.campaign]);
  const title = draftTitle(draft.campaign, i18n.language);
  const publishing = usePublish({ draftId: draft.id, title, flush, adopt });
  const languages = Object.keys(draft.campaign.languages);
  const section: Section = isSection(draft.place?.section) ? draft.place.section : 'recipient';
  const placed = draft.place?.language;
  const language = placed && languages.includes(placed) ? placed : languages[0];

  const onCampaign = (change: (campaign: CampaignDraft) => CampaignDraft) => setDraft((d) => ({ ...d, campaign: change(d.campaign) }));
  /** Moves to a screen (and language), then puts focus on its heading, or on a field with a problem. */
  const go = (next: Section, code = language, field?: string) => {
    clear(); // the last screen's message would only confuse on this one
    flushSync(() => setDraft((d) => ({ ...d, place: { section: next, ...(code ? { language: code } : {}) } })));
    const target = field ? document.querySelector<HTMLElement>(`[data-field="${field.replace(/["\\]/g, '')}"]`) : null;
    (target ?? document.getElementById(SECTION_HEADING_ID))?.focus();
  };
  const goTo = (field: string) => go(sectionOf(field), languageOf(field) ?? language, field);
  const index = SECTIONS.indexOf(section);
  const previous = SECTIONS[index - 1];
  const next = SECTIONS[index + 1];

  return (
    <>
      <SectionNav current={section} problems={problems} onGo={(s) => go(s)} />
      <div className="workspace workspace--two editor">
        <main id="campaign-editor" className="workspace__form" tabIndex={-1}>
          <div className="editor-top">
            <p className="editor-top__title">{title ? t('editor.heading', { title }) : t('editor.untitled')}</p>
            <SaveState state={state} />
          </div>
          <EditorSection
            section={section}
            focusHeading={focusHeading}
            draft={draft}
            problems={problems}
            language={language}
            title={title}
            publishing={publishing}
            onCampaign={onCampaign}
            onDraft={setDraft}
            onLanguage={(code) => setDraft((d) => ({ ...d, place: { section, language: code } }))}
            onAdopt={adopt}
            flush={flush}
            onGoTo={goTo}
            onDelete={() => {
              discard();
              onDelete();
            }}
          />
          <StepButtons
            onBack={previous && (() => go(previous))}
            onNext={next && (() => go(next))}
            nextLabel={next && t('editor.next', { section: t(`sections.${next}`) })}
          />
          <div className="editor-leave">
            <button type="button" className="button" onClick={onClose}>
              {t('editor.back')}
            </button>
          </div>
        </main>
        <EditorPreview campaign={draft.campaign} language={language} profile={profile} />
      </div>
    </>
  );
}
