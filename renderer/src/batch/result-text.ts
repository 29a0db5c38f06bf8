import type { TFunction } from 'i18next';
import type { BatchEnvelopeOutput, BatchResult } from '../../../shared/api/contract';

/** A finished batch in plain words: what happened and, when it went wrong, what to do. */
export function resultText(t: TFunction<'batch'>, result: BatchResult): { kind: 'status' | 'error'; text: string } {
  switch (result.status) {
    case 'printed':
      return { kind: 'status', text: t('result.printed', { count: result.letters }) };
    case 'saved':
      return result.files > 1
        ? { kind: 'status', text: t('result.savedFiles', { count: result.files, folder: result.name }) }
        : { kind: 'status', text: t('result.saved', { count: result.letters, fileName: result.name }) };
    case 'cancelled':
      return { kind: 'status', text: result.files > 0 ? t('result.stoppedFiles', { count: result.files }) : t('result.cancelled') };
    case 'failed': {
      const failure = t(`failures.${result.message}`, { defaultValue: t('failures.print-failed') });
      // Which letters exist matters for what to do next: the print log has exactly those.
      return { kind: 'error', text: result.files ? `${failure} ${t('result.failedAfterFiles', { count: result.files })}` : failure };
    }
  }
}

/** A finished envelope or label run: counted in envelopes or labels, not letters. */
export function envelopeResultText(
  t: TFunction<'batch'>,
  result: BatchResult,
  output: BatchEnvelopeOutput,
): { kind: 'status' | 'error'; text: string } {
  const what = output === 'labels-pdf' ? 'labels' : 'envelopes';
  if (result.status === 'printed') return { kind: 'status', text: t('envelopes.result.printed', { count: result.letters }) };
  if (result.status === 'saved') return { kind: 'status', text: t(`envelopes.result.${what}`, { count: result.letters, fileName: result.name }) };
  return resultText(t, result);
}
