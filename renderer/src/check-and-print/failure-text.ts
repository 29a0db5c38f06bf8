import type { TFunction } from 'i18next';

/**
 * A failed print or save in plain words. Main reports a key for what it knows
 * (main/services/operations/letter-services.ts: 'write-permission', 'disk-full', 'write-failed';
 * envelope-services.ts: 'print-failed'), or the print system's own English text (Electron's
 * "Print job failed", "Invalid deviceName provided"), which is recognised here rather than shown.
 */
const KNOWN_KEYS = ['write-permission', 'disk-full', 'write-failed', 'printer-not-found', 'printer-failed', 'print-failed'] as const;
type FailureKey = (typeof KNOWN_KEYS)[number];

function isKnown(message: string): message is FailureKey {
  return (KNOWN_KEYS as readonly string[]).includes(message);
}

export function failureKey(message: string): FailureKey | null {
  if (isKnown(message)) return message;
  if (/device ?name|no printer|printer not found/i.test(message)) return 'printer-not-found';
  if (/print job failed|unknown printing error/i.test(message)) return 'printer-failed';
  return null;
}

/**
 * What went wrong and what to do, then the reassurance that nothing typed is lost. A message not
 * recognised (a print system's own text) is shown as it came, after "That did not work:".
 */
export function failureText(t: TFunction, message: string): string {
  const key = failureKey(message);
  if (!key) return t('ui:print.failed', { message });
  return `${t(`output:failures.${key}`)} ${t('output:failures.kept')}`;
}

export function unexpectedFailureText(t: TFunction): string {
  return `${t('output:failures.unexpected')} ${t('output:failures.kept')}`;
}
