import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutSettings } from '../../../shared/letter/layouts';
import { api } from '../api';
import { OutcomeMessages } from '../check-and-print/outcome-messages';
import { useOutputRun } from '../check-and-print/use-output-run';

type Action = 'print' | 'pdf';

/** One sheet to hold against the envelope: printed, or saved as PDF to print later. */
export function TestPageSection({ layout }: { layout: LayoutSettings }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { busy, outcome, run } = useOutputRun<Action>();
  const texts = { working: t('printerSetup.testWorking'), printed: t('printerSetup.testPrinted') };
  const start = (action: Action) =>
    void run(action, () => (action === 'print' ? api.printTestPage({ layout }) : api.exportTestPagePdf({ layout })), texts);

  return (
    <section className="test-page" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('printerSetup.testHeading')}</h2>
      <p>{t('printerSetup.testIntro')}</p>
      <div className="output__buttons">
        <button type="button" className="button button--big button--primary" aria-disabled={busy !== null} onClick={() => start('print')}>
          {t('printerSetup.testPrint')}
        </button>
        <button type="button" className="button button--big" aria-disabled={busy !== null} onClick={() => start('pdf')}>
          {t('printerSetup.testPdf')}
        </button>
      </div>
      <OutcomeMessages outcome={outcome} />
    </section>
  );
}
