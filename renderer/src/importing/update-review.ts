import type { ImportPreview, ImportUpdate } from '../../../shared/api/contract';

export type OkPreview = Extract<ImportPreview, { ok: true }>;

/** An update the member must confirm deliberately: it replaces a campaign of the app, or names another publisher. */
export function isWarned(update: ImportUpdate): boolean {
  return update.replacesBundled === true || update.otherPublisher === true;
}

export function needsDeliberateChoice(preview: OkPreview): boolean {
  return preview.updated.some(isWarned);
}

/** Whether the update sends the letters or their copies somewhere else. */
export function changesAddress(update: ImportUpdate): boolean {
  const changes = update.changes;
  if (!changes) return false;
  if (changes.moreCopyChanges > 0) return true;
  return [changes.recipient, ...changes.copies].some((change) => change?.changed.includes('address') ?? false);
}
