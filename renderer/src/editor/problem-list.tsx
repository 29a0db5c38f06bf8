import { useTranslation } from 'react-i18next';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { useLanguageWords } from './language-words';
import { useProblemText } from './problem-text';
import { languageOf, sectionOf } from './sections';

/** Everything still to correct, each a button that goes to the field in question. */
export function ProblemList({ problems, onGoTo }: { problems: readonly DraftProblem[]; onGoTo: (field: string) => void }) {
  const { t } = useTranslation('editor');
  const text = useProblemText();
  const inWords = useLanguageWords();
  const where = (field: string) => {
    const section = t(`sections.${sectionOf(field)}`);
    const language = languageOf(field);
    const copy = /^copies\.(\d+)/.exec(field);
    if (language) return t('finish.whereLanguage', { section, language: inWords(language) });
    if (copy) return t('finish.whereCopy', { number: Number(copy[1]) + 1 });
    return section;
  };
  return (
    <>
      <h2>{t('finish.toCorrect', { count: problems.length })}</h2>
      <ul className="problem-list">
        {problems.map((problem) => (
          <li key={`${problem.field}-${problem.key}-${JSON.stringify(problem.params)}`}>
            <button type="button" className="button problem-list__button" onClick={() => onGoTo(problem.field)}>
              {where(problem.field)}: {text(problem)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
