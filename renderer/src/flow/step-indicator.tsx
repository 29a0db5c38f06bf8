import { useTranslation } from 'react-i18next';
import type { Step } from './flow-state';

const STEPS: { step: Step; key: string }[] = [
  { step: 1, key: 'steps.choose' },
  { step: 2, key: 'steps.language' },
  { step: 3, key: 'steps.details' },
  { step: 4, key: 'steps.print' },
];

interface StepIndicatorProps {
  current: Step;
  /** Steps 2–4 can be visited once a letter is being written. */
  canVisit: boolean;
  onGo: (step: Step) => void;
  /** Other steps' names in the same rhythm (the coordinator's group letters); the member's by default. */
  names?: readonly [string, string, string, string];
}

/** "1 Choose the letter → 2 … → 4 Check and print": where the member is, and a way back. */
export function StepIndicator({ current, canVisit, onGo, names }: StepIndicatorProps) {
  const { t } = useTranslation();
  return (
    <nav className="steps" aria-label={t('steps.label')}>
      <ol className="steps__list">
        {STEPS.map(({ step, key }) => {
          const isCurrent = step === current;
          const content = (
            <>
              <span className="steps__number">{step}</span> <span className="steps__name">{names?.[step - 1] ?? t(key)}</span>
            </>
          );
          const className = isCurrent ? 'steps__item steps__item--current' : 'steps__item';
          return (
            <li key={step} className="steps__entry">
              {isCurrent || (step > 1 && !canVisit) ? (
                <span className={className} aria-current={isCurrent ? 'step' : undefined}>
                  {content}
                </span>
              ) : (
                <button type="button" className={`${className} steps__button`} onClick={() => onGo(step)}>
                  {content}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
