import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FourSteps } from './four-steps';
import './welcome.css';

/**
 * Shown once, on the first screen of a first start: the four steps, and where help is. Not a
 * dialog: it blocks nothing, and "Got it" puts it away for good (remembered in the settings).
 */
export function WelcomePanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('help');
  const headingId = useId();
  return (
    <section className="welcome" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('welcome.heading')}</h2>
      <p>{t('welcome.intro')}</p>
      <FourSteps />
      <p>{t('welcome.helpHint')}</p>
      <button type="button" className="button button--primary" onClick={onDone}>
        {t('welcome.start')}
      </button>
    </section>
  );
}
