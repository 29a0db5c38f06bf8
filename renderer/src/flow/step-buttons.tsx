import { useTranslation } from 'react-i18next';

interface StepButtonsProps {
  onBack?: () => void;
  onNext?: () => void;
  /** Replaces "Next" on the last step. */
  nextLabel?: string;
}

/** Back and Next, with words, at the end of every step, always in the same place. */
export function StepButtons({ onBack, onNext, nextLabel }: StepButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="step-buttons">
      {onBack && (
        <button type="button" className="button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('nav.back')}
        </button>
      )}
      {onNext && (
        <button type="button" className="button button--primary" onClick={onNext}>
          {nextLabel ?? t('nav.next')}
          {!nextLabel && <span aria-hidden="true"> →</span>}
        </button>
      )}
    </div>
  );
}
