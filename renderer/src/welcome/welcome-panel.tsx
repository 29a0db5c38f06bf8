import { useId, useRef } from 'react';
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
  const ref = useRef<HTMLElement>(null);
  const done = () => {
    // The button is about to go with the panel: without this, focus would fall to the page body
    // and Tab would start again from the top. The screen's own heading stays, just above.
    ref.current?.parentElement?.querySelector<HTMLElement>('h1[tabindex]')?.focus();
    onDone();
  };
  return (
    <section className="welcome" aria-labelledby={headingId} ref={ref}>
      <h2 id={headingId}>{t('welcome.heading')}</h2>
      <p>{t('welcome.intro')}</p>
      <FourSteps />
      <p>{t('welcome.helpHint')}</p>
      <button type="button" className="button button--primary" onClick={done}>
        {t('welcome.start')}
      </button>
    </section>
  );
}
