import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintResult, SaveResult } from '../../../shared/api/contract';
import { failureText, unexpectedFailureText } from './failure-text';

export type Outcome = { kind: 'status' | 'error'; text: string } | null;

interface RunTexts {
  /** Said while main prepares the file or opens the print dialog. */
  working: string;
  /** Said when the print dialog ended with printing. */
  printed: string;
  /** Said after "saved" or "printed" when the file holds more than one letter (the embassy copy). */
  letters?: string;
}

function withLetters(text: string, texts: RunTexts): string {
  return texts.letters ? `${text} ${texts.letters}` : text;
}

/**
 * One print or save at a time, its result in plain words. A failure never clears anything the
 * member typed: the letter's state lives in the flow, this only reports.
 */
export function useOutputRun<Action extends string>() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const describe = (result: SaveResult | PrintResult, texts: RunTexts): Outcome => {
    switch (result.status) {
      case 'saved':
        return { kind: 'status', text: withLetters(t('ui:print.saved', { fileName: result.fileName }), texts) };
      case 'printed':
        return { kind: 'status', text: withLetters(texts.printed, texts) };
      case 'cancelled':
        return { kind: 'status', text: t('ui:print.cancelled') };
      case 'failed':
        return { kind: 'error', text: failureText(t, result.message) };
    }
  };

  const run = async (action: Action, call: () => Promise<SaveResult | PrintResult>, texts: RunTexts) => {
    if (busy) return; // one at a time: a second click while the dialog opens does nothing
    setBusy(action);
    setOutcome({ kind: 'status', text: texts.working });
    try {
      setOutcome(describe(await call(), texts));
    } catch {
      setOutcome({ kind: 'error', text: unexpectedFailureText(t) });
    } finally {
      setBusy(null);
    }
  };

  return { busy, outcome, run };
}
