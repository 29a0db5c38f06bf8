import type { Campaign } from '../../../shared/campaign/schema';
import type { LayoutSettings } from '../../../shared/letter/layouts';
import type { LetterOptions } from '../../../shared/letter/options';

export type Step = 1 | 2 | 3 | 4;

/** The letter being written: kept while the member goes back and forth between steps. */
export interface LetterDraft {
  campaign: Campaign;
  lang: string;
  salutationIndex: number;
  choices: number[];
  personalText: string;
}

export interface FlowState {
  step: Step;
  /** Step 1: the campaign whose background is open (null: the list). */
  openedId: string | null;
  draft: LetterDraft | null;
  withCopies: boolean;
}

export type FlowAction =
  | { type: 'open'; id: string }
  | { type: 'close' }
  | { type: 'write'; campaign: Campaign; uiLanguage: string }
  | { type: 'go'; step: Step }
  | { type: 'lang'; lang: string }
  | { type: 'salutation'; index: number }
  | { type: 'choice'; index: number; pick: number }
  | { type: 'personalText'; text: string }
  | { type: 'withCopies'; value: boolean }
  /** Shared computer: the next person starts afresh (the envelope and printer set-up is the app's, it stays). */
  | { type: 'nextPerson' };

export const INITIAL_FLOW: FlowState = {
  step: 1,
  openedId: null,
  draft: null,
  // The embassy copy is on where a campaign has copies: every letter prints "Copy: …".
  withCopies: true,
};

function newDraft(campaign: Campaign, uiLanguage: string): LetterDraft {
  const langs = Object.keys(campaign.languages);
  const lang = langs.includes(uiLanguage) ? uiLanguage : (langs[0] ?? uiLanguage);
  return { campaign, lang, salutationIndex: 0, choices: [], personalText: '' };
}

function editDraft(state: FlowState, patch: Partial<LetterDraft>): FlowState {
  return state.draft ? { ...state, draft: { ...state.draft, ...patch } } : state;
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'open':
      return { ...state, step: 1, openedId: action.id };
    case 'close':
      return { ...state, step: 1, openedId: null };
    case 'write': {
      // The same campaign again keeps everything already chosen; another one starts afresh.
      const same = state.draft?.campaign.id === action.campaign.id;
      const draft = same && state.draft ? { ...state.draft, campaign: action.campaign } : newDraft(action.campaign, action.uiLanguage);
      return { ...state, step: 2, draft, withCopies: same ? state.withCopies : true };
    }
    case 'go':
      return action.step === 1 || state.draft ? { ...state, step: action.step } : state;
    case 'lang':
      // Salutations differ between languages: the first offered one is the safe default.
      return editDraft(state, { lang: action.lang, salutationIndex: 0 });
    case 'salutation':
      return editDraft(state, { salutationIndex: action.index });
    case 'choice': {
      if (!state.draft) return state;
      const choices = [...state.draft.choices];
      for (let i = choices.length; i < action.index; i++) choices[i] = 0; // no holes
      choices[action.index] = action.pick;
      return editDraft(state, { choices });
    }
    case 'personalText':
      return editDraft(state, { personalText: action.text });
    case 'withCopies':
      return { ...state, withCopies: action.value };
    case 'nextPerson':
      return INITIAL_FLOW;
  }
}

/** The letter as the preview, the printer and the files get it; the layout is the saved envelope and printer set-up. */
export function letterOptions(draft: LetterDraft, layout: LayoutSettings, date: string): LetterOptions {
  return {
    campaignId: draft.campaign.id,
    lang: draft.lang,
    salutationIndex: draft.salutationIndex,
    choices: draft.choices,
    personalText: draft.personalText,
    layout,
    date,
  };
}
