import type { Draft } from '../../../shared/api/contract';
import type { CampaignDraft } from '../../../shared/campaign/draft';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';

/** What every screen of the editor is given: the draft, its problems, and how to change it. */
export interface SectionProps {
  draft: Draft;
  problems: readonly DraftProblem[];
  onCampaign: (change: (campaign: CampaignDraft) => CampaignDraft) => void;
  /** For what is not the campaign itself: the recognition report (a piece of text put away). */
  onDraft: (change: (draft: Draft) => Draft) => void;
}

/** The screens of one language of the letter also know which language is being written. */
export interface LanguageSectionProps extends SectionProps {
  language: string;
}
