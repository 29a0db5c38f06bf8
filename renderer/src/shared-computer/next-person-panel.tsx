import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../shared/letter/options';
import { AddToGroup } from './add-to-group';
import { useSharedComputer } from './shared-computer-context';
import './shared-computer.css';

interface NextPersonPanelProps {
  profile: SenderProfile;
  language: string;
  today: string;
  onNextPerson: () => void;
}

/** The end of step 4 on a shared computer: today's count, "add me to the group" if wished, and "Next person". */
export function NextPersonPanel({ profile, language, today, onNextPerson }: NextPersonPanelProps) {
  const { t } = useTranslation('help');
  const { printedToday } = useSharedComputer();
  const headingId = useId();
  return (
    <section className="next-person" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('shared.heading')}</h2>
      <p className="next-person__count">{t('shared.printedToday', { count: printedToday })}</p>
      <AddToGroup profile={profile} language={language} today={today} />
      <p>{t('shared.done')}</p>
      <button type="button" className="button button--big button--primary" onClick={onNextPerson}>
        {t('shared.next')}
      </button>
    </section>
  );
}
