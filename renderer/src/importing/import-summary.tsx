import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { importText } from './import-text';
import { UpdateChanges } from './update-changes';
import type { OkPreview } from './update-review';

/** "2 new campaigns, 1 update, 1 skipped" — only the parts that apply. */
export function importCounts(t: TFunction, preview: OkPreview): string {
  const parts: string[] = [];
  if (preview.added.length) parts.push(t('importing.countNew', { count: preview.added.length }));
  if (preview.updated.length) parts.push(t('importing.countUpdated', { count: preview.updated.length }));
  // The reasons are whole sentences: they are listed below, not squeezed into this line.
  if (preview.skipped.length) parts.push(t('importing.countSkipped', { count: preview.skipped.length }));
  return parts.length ? parts.join(t('importing.separator')) : t('importing.countNone');
}

export function ImportSummary({ preview }: { preview: OkPreview }) {
  const { t } = useTranslation();
  return (
    <>
      {preview.added.length > 0 && (
        <section aria-labelledby="import-added">
          <h3 id="import-added">{t('importing.addedHeading')}</h3>
          <ul>
            {preview.added.map((c, i) => (
              <li key={`${c.id}-${i}`}>{c.title}</li>
            ))}
          </ul>
        </section>
      )}
      {preview.updated.length > 0 && (
        <section aria-labelledby="import-updated">
          <h3 id="import-updated">{t('importing.updatedHeading')}</h3>
          <ul>
            {preview.updated.map((c, i) => (
              <li key={`${c.id}-${i}`} className="update-item">
                <p>{t('importing.updatedItem', { title: c.title, from: c.from, to: c.to })}</p>
                {c.changes && <UpdateChanges title={c.title} changes={c.changes} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {preview.skipped.length > 0 && (
        <section aria-labelledby="import-skipped">
          <h3 id="import-skipped">{t('importing.skippedHeading')}</h3>
          <ul>
            {preview.skipped.map((c, i) => (
              <li key={`${c.id}-${i}`}>{t('importing.skippedItem', { title: c.title, reason: importText(c.reason) })}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
