import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputFormat, PrintResult, SaveResult } from '../../../shared/api/contract';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { api } from '../api';

interface OutputActionsProps {
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
}

type Outcome = { kind: 'status' | 'error'; text: string } | null;
type Action = 'print' | OutputFormat;

/** Print, PDF, Word: big buttons with words, and the result said in plain words beside them. */
export function OutputActions({ options, profile, withCopies }: OutputActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const describe = (result: SaveResult | PrintResult): Outcome => {
    switch (result.status) {
      case 'saved':
        return { kind: 'status', text: t('print.saved', { fileName: result.fileName }) };
      case 'printed':
        return { kind: 'status', text: t('print.printed') };
      case 'cancelled':
        return { kind: 'status', text: t('print.cancelled') };
      case 'failed':
        return { kind: 'error', text: t('print.failed', { message: result.message }) };
    }
  };

  const run = async (action: Action) => {
    if (busy) return; // one at a time: a second click while the dialog opens does nothing
    setBusy(action);
    setOutcome({ kind: 'status', text: t('print.working') });
    try {
      const request = { options, profile, withCopies };
      const result =
        action === 'print' ? await api.printLetter(request) : await api.exportLetter({ ...request, format: action });
      setOutcome(describe(result));
    } catch {
      setOutcome({ kind: 'error', text: t('print.failed', { message: t('print.unexpected') }) });
    } finally {
      setBusy(null);
    }
  };

  const button = (action: Action, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--big button--primary' : 'button button--big'}
      aria-disabled={busy !== null}
      onClick={() => void run(action)}
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
      <p role="status" className="output__status">
        {outcome?.kind === 'status' && outcome.text}
      </p>
      <p role="alert" className="output__error">
        {outcome?.kind === 'error' && outcome.text}
      </p>
    </div>
  );
}
