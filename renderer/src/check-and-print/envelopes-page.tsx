import { useTranslation } from 'react-i18next';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { ScreenHeading } from '../screen-heading';
import { EnvelopeOutput } from './envelope-output';

interface EnvelopesPageProps {
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
  onBack: () => void;
}

/** One link away from step 4: the letter's own addresses on envelopes or a sheet of labels. */
export function EnvelopesPage({ options, profile, withCopies, onBack }: EnvelopesPageProps) {
  const { t } = useTranslation();
  const back = (
    <button type="button" className="button" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('printerSetup.backToPrinting')}
    </button>
  );
  return (
    <div className="screen">
      <ScreenHeading focusOnMount>{t('printerSetup.envelopesHeading')}</ScreenHeading>
      <EnvelopeOutput options={options} profile={profile} withCopies={withCopies} />
      {back}
    </div>
  );
}
