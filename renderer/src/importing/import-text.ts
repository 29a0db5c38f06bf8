import { i18n } from '../i18n';

const KEY_LIKE = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * Main's messages and skip reasons may be keys of the importer's catalogue (`import` namespace,
 * e.g. "skippedOlderRevision") or already plain words: translate the first, show the second as it is.
 */
export function importText(message: string): string {
  if (KEY_LIKE.test(message) && i18n.exists(message, { ns: 'import' })) {
    // A bare key arrives without its values: an ellipsis reads better than "{{revision}}".
    return i18n.t(message, { ns: 'import' }).replace(/\{\{[^{}]*\}\}/g, '…');
  }
  return message;
}
