import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../screen-heading';
import { FourSteps } from '../welcome/four-steps';
import { FoldStepOne, FoldStepThree, FoldStepTwo } from './fold-pictures';
import './help.css';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="help-page__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Help, in the UI language: the four steps, text size and keys, and how to fold the letter. */
export function HelpPage({ focusHeading, onBack }: { focusHeading: boolean; onBack: () => void }) {
  const { t } = useTranslation('help');
  const foldId = useId();
  const back = (
    <button type="button" className="button" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('page.back')}
    </button>
  );
  return (
    <main id="help" className="workspace help-page" tabIndex={-1}>
      <ScreenHeading focusOnMount={focusHeading}>{t('page.heading')}</ScreenHeading>
      <p className="lead">{t('page.intro')}</p>
      <Section title={t('page.stepsHeading')}>
        <FourSteps />
      </Section>
      <section aria-labelledby={foldId}>
        <h2 id={foldId}>{t('page.foldHeading')}</h2>
        <p className="help-page__section">{t('page.foldIntro')}</p>
        <ol className="fold-steps">
          {[
            { picture: <FoldStepOne />, text: t('page.fold1') },
            { picture: <FoldStepTwo />, text: t('page.fold2') },
            { picture: <FoldStepThree />, text: t('page.fold3') },
          ].map(({ picture, text }, index) => (
            <li key={index}>
              <figure>
                {picture}
                <figcaption>
                  <strong>{index + 1}.</strong> {text}
                </figcaption>
              </figure>
            </li>
          ))}
        </ol>
      </section>
      <Section title={t('page.printHeading')}>
        <p>{t('page.printText')}</p>
      </Section>
      <Section title={t('page.keysHeading')}>
        <p>{t('page.textSize')}</p>
        <p>{t('page.keyboard')}</p>
      </Section>
      <div className="step-buttons">{back}</div>
    </main>
  );
}
