import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputFormat } from '../../../shared/api/contract';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { api } from '../api';
import { AskMissingDialog } from '../shared-computer/ask-missing-dialog';
import { useSharedComputer } from '../shared-computer/shared-computer-context';
import { missingFields } from './missing-fields';
import { OutcomeMessages } from './outcome-messages';
import { useOutputRun } from './use-output-run';

interface OutputActionsProps {
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
  /** How many letters one print makes (the member's, and the embassy copies when asked for). */
  letterCount: number;
  onEditDetails: () => void;
}

type Action = 'print' | OutputFormat;

/** Print, PDF, Word: big buttons with words, and the result said in plain words beside them. */
export function OutputActions({ options, profile, withCopies, letterCount, onEditDetails }: OutputActionsProps) {
  const { t } = useTranslation();
  const shared = useSharedComputer();
  const { busy, outcome, run } = useOutputRun<Action>();
  const [asking, setAsking] = useState<Action | null>(null);
  const copies = withCopies ? letterCount - 1 : 0;
  const texts = {
    working: t('print.working'),
    printed: t('print.printed'),
    // The member must know the file holds the embassy copy too, to sign and post both.
    letters: copies > 0 ? t('print.lettersWithCopies', { count: copies, letters: letterCount }) : undefined,
  };
  // On a shared computer the next person may never come back to finish it: ask before it leaves.
  const missing = shared.enabled ? missingFields(profile) : [];

  const go = (action: Action) => {
    const request = { options, profile, withCopies };
    void run(
      action,
      async () => {
        if (action !== 'print') return api.exportLetter({ ...request, format: action });
        const result = await api.printLetter(request);
        if (result.status === 'printed') shared.countPrinted(letterCount);
        return result;
      },
      texts,
    );
  };
  const start = (action: Action) => {
    if (busy) return;
    if (missing.length > 0) setAsking(action);
    else go(action);
  };

  const button = (action: Action, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--big button--primary' : 'button button--big'}
      aria-disabled={busy !== null}
      onClick={() => start(action)}
    >
      {label}
    </button>
  );

  return (
    <div className="output">
      <div className="output__buttons">
        {button('print', t('print.print'), true)}
        {button('pdf', t('print.pdf'))}
        {button('docx', t('print.docx'))}
      </div>
      <OutcomeMessages outcome={outcome} />
      {asking && (
        <AskMissingDialog
          missing={missing}
          action={asking === 'print' ? 'print' : 'save'}
          onCancel={() => setAsking(null)}
          onEdit={() => {
            setAsking(null);
            onEditDetails();
          }}
          onGoAhead={() => {
            setAsking(null);
            go(asking);
          }}
        />
      )}
    </div>
  );
}
