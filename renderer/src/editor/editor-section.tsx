import type { ReactNode } from 'react';
import type { Draft } from '../../../shared/api/contract';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { MessageBar } from '../announcer';
import { CopiesSection } from './copies-section';
import { DetailsSection } from './details-section';
import { ExtrasSection } from './extras-section';
import { FinishSection } from './finish-section';
import { LetterLanguages } from './letter-languages';
import { RecipientSection } from './recipient-section';
import { SectionFrame } from './section-frame';
import type { Section } from './sections';
import { TextSection } from './text-section';
import { useAddFromLetter } from './use-add-from-letter';
import type { usePublish } from './use-publish';

interface EditorSectionProps {
  section: Section;
  focusHeading: boolean;
  draft: Draft;
  problems: readonly DraftProblem[];
  language: string | undefined;
  title: string;
  publishing: ReturnType<typeof usePublish>;
  onCampaign: (change: (campaign: CampaignDraft) => CampaignDraft) => void;
  onDraft: (change: (draft: Draft) => Draft) => void;
  onLanguage: (code: string) => void;
  onAdopt: (draft: Draft) => void;
  flush: () => Promise<boolean>;
  onGoTo: (field: string) => void;
  onDelete: () => void;
}

/** The screen of the editor that is shown, in its frame. */
export function EditorSection(props: EditorSectionProps) {
  const { section, draft, problems, language, onCampaign, onDraft } = props;
  const addFromLetter = useAddFromLetter({ draftId: draft.id, flush: props.flush, adopt: props.onAdopt, onAdded: props.onLanguage });
  const common = { draft, problems, onCampaign, onDraft };
  const perLanguage = (content: (code: string) => ReactNode) => (
    <>
      <LetterLanguages {...common} language={language} onLanguage={props.onLanguage} onAddFromLetter={addFromLetter} />
      {language && content(language)}
    </>
  );
  const content = () => {
    switch (section) {
      case 'recipient':
        return <RecipientSection {...common} />;
      case 'copies':
        return <CopiesSection {...common} />;
      case 'text':
        return perLanguage((code) => <TextSection key={code} {...common} language={code} />);
      case 'extras':
        return perLanguage((code) => <ExtrasSection key={code} {...common} language={code} />);
      case 'details':
        return <DetailsSection {...common} />;
      case 'finish':
        return (
          <FinishSection
            title={props.title}
            unplaced={Object.values(draft.recognition).reduce((sum, report) => sum + report.unplaced.length, 0)}
            problems={problems}
            publishing={props.publishing}
            onGoTo={props.onGoTo}
            onDelete={props.onDelete}
          />
        );
    }
  };
  return (
    <SectionFrame section={section} focusOnMount={props.focusHeading}>
      <MessageBar />
      {content()}
    </SectionFrame>
  );
}
