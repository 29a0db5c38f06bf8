import type { BatchSettings } from '../../../shared/members/batch-letters';

/** What the coordinator decides for a batch, step by step. */
export interface BatchChoices {
  langMode: BatchSettings['langMode'];
  lang: string;
  salutationIndex: number;
  withCopies: boolean;
  padToEven: boolean;
  /** The option picked for each `{{a|b}}` choice in the text, for every letter of the batch. */
  picks: number[];
}

export function initialChoices(uiLanguage: string): BatchChoices {
  return {
    langMode: 'one',
    lang: uiLanguage,
    salutationIndex: 0,
    // The embassy copy is what the campaign asks for; a campaign without copies prints none anyway.
    withCopies: true,
    padToEven: false,
    picks: [],
  };
}

/** A pick for choice `index`, leaving no holes before it (a hole would read as "no pick"). */
export function withPick(picks: readonly number[], index: number, pick: number): number[] {
  const next = [...picks];
  for (let i = next.length; i < index; i++) next[i] = 0;
  next[index] = pick;
  return next;
}
