import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';

/** A problem in words, in the UI language (editor.json, `problems.<key>`). */
export function useProblemText(): (problem: DraftProblem) => string {
  const { t } = useTranslation('editor');
  return useCallback((problem: DraftProblem) => t(`problems.${problem.key}`, problem.params), [t]);
}
