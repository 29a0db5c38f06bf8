import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LABEL_FORMAT, LABEL_FORMATS } from '../../../shared/envelope/labels';
import type { EnvelopeSizeId } from '../../../shared/envelope/sizes';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { api } from '../api';
import { EnvelopeSizeGroup } from './envelope-size-group';
import { OutcomeMessages } from './outcome-messages';
import { useOutputRun } from './use-output-run';
import './envelope-output.css';

interface EnvelopeOutputProps {
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
}

type Action = 'print' | 'pdf' | 'labels';

/**
 * For members without window envelopes: the same addresses as the letter, printed on the
 * envelope itself or on a sheet of labels (one per letter, embassy copies included).
 */
export function EnvelopeOutput({ options, profile, withCopies }: EnvelopeOutputProps) {
  const { t } = useTranslation('output');
  const headingId = useId();
  const [size, setSize] = useState<EnvelopeSizeId>('c6-5');
  const { busy, outcome, run } = useOutputRun<Action>();
  const request = { options, profile, withCopies };
  const envelopeTexts = { working: t('envelope.workingEnvelope'), printed: t('envelope.printed') };

  const start = (action: Action) => {
    switch (action) {
      case 'print':
        return void run(action, () => api.printEnvelopes({ ...request, size }), envelopeTexts);
      case 'pdf':
        return void run(action, () => api.exportEnvelopesPdf({ ...request, size }), envelopeTexts);
      case 'labels':
        return void run(action, () => api.exportLabelsPdf(request), { ...envelopeTexts, working: t('envelope.workingLabels') });
    }
  };

  const button = (action: Action, label: string) => (
    <button type="button" className="button button--big" aria-disabled={busy !== null} onClick={() => start(action)}>
      {label}
    </button>
  );

  return (
    <section className="envelope-output" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('envelope.heading')}</h2>
      <p>{t('envelope.intro')}</p>
      <EnvelopeSizeGroup value={size} onChange={setSize} />
      <p className="hint">{t('envelope.printHint')}</p>
      <div className="output__buttons">
        {button('print', t('envelope.print'))}
        {button('pdf', t('envelope.pdf'))}
      </div>
      <p className="hint">{t('envelope.labelsHint', { product: LABEL_FORMATS[DEFAULT_LABEL_FORMAT].name })}</p>
      <div className="output__buttons">{button('labels', t('envelope.labels'))}</div>
      <OutcomeMessages outcome={outcome} />
    </section>
  );
}
