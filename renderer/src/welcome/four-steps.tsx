import { useTranslation } from 'react-i18next';

const STEPS = ['step1', 'step2', 'step3', 'step4'] as const;

/** The four steps of the member's flow, numbered as the step bar numbers them. */
export function FourSteps() {
  const { t } = useTranslation('help');
  return (
    <ol className="four-steps">
      {STEPS.map((key, index) => (
        <li key={key} className="four-steps__item">
          <span className="four-steps__number" aria-hidden="true">
            {index + 1}
          </span>
          <span>{t(`welcome.${key}`)}</span>
        </li>
      ))}
    </ol>
  );
}
