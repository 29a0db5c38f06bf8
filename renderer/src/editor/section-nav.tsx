import { useTranslation } from 'react-i18next';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { SECTIONS, sectionOf, type Section } from './sections';

interface SectionNavProps {
  current: Section;
  problems: readonly DraftProblem[];
  onGo: (section: Section) => void;
}

/**
 * The editor's screens, numbered like the member's four steps, each with what is still to
 * correct on it. Named short (sectionsShort) so that all six fit one row of a laptop's window. Any screen can be visited in any order: the draft is saved as it is typed.
 */
export function SectionNav({ current, problems, onGo }: SectionNavProps) {
  const { t } = useTranslation('editor');
  return (
    <nav className="steps steps--compact" aria-label={t('editor.sectionsLabel')}>
      <ol className="steps__list">
        {SECTIONS.map((section, i) => {
          const count = problems.filter((p) => sectionOf(p.field) === section).length;
          const isCurrent = section === current;
          return (
            <li key={section} className="steps__entry">
              <button
                type="button"
                className={isCurrent ? 'steps__item steps__item--current' : 'steps__item steps__button'}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onGo(section)}
              >
                <span className="steps__number">{i + 1}</span> <span className="steps__name">{t(`sectionsShort.${section}`)}</span>
                {count > 0 && section !== 'finish' && (
                  <span className="steps__problems">
                    <span aria-hidden="true">⚠ {count}</span>
                    <span className="visually-hidden">{t('editor.toCorrect', { count })}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
