import { useTranslation } from 'react-i18next';
import type { OutputFormat } from '../../../shared/api/contract';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { api } from '../api';
import { useSharedComputer } from '../shared-computer/shared-computer-context';
import { OutcomeMessages } from './outcome-messages';
import { useOutputRun } from './use-output-run';

interface OutputActionsProps {
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
  /** How many letters one print makes (the member's, and the embassy copies when asked for). */
  letterCount: number;
}

type Action = 'print' | OutputFormat;

/** Print, PDF, Word: big buttons with words, and the result said in plain words beside them. */
export function OutputActions({ options, profile, withCopies, letterCount }: OutputActionsProps) {
  const { t } = useTranslation();
  const { countPrinted } = useSharedComputer();
  const { busy, outcome, run } = useOutputRun<Action>();
  const copies = withCopies ? letterCount - 1 : 0;
  const texts = {
    working: t('print.working'),
    printed: t('print.printed'),
    // The member must know the file holds the embassy copy too, to sign and post both.
    letters: copies > 0 ? t('print.lettersWithCopies', { count: copies, letters: letterCount }) : undefined,
  };

  const start = (action: Action) => {
    const request = { options, profile, withCopies };
    void run(
      action,
      async () => {
        if (action !== 'print') return api.exportLetter({ ...request, format: action });
        const result = await api.printLetter(request);
        if (result.status === 'printed') countPrinted(letterCount);
        return result;
      },
      texts,
    );
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
    </div>
  );
}
