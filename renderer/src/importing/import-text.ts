import { i18n } from '../i18n';

const KEY_LIKE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;

/**
 * Main's messages and skip reasons may be keys of the importer's catalogue (`import` namespace,
 * "problem.key") or already plain words: translate the first, show the second as it is.
 */
export function importText(message: string, params: Record<string, unknown> = {}): string {
  if (KEY_LIKE.test(message) && i18n.exists(message, { ns: 'import' })) {
    return i18n.t(message, { ns: 'import', ...params });
  }
  return message;
}
