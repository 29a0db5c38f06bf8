import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type DataToDelete = 'printLog' | 'all';

/**
 * "Your data" in Settings: where the member's data lives, said in words (a folder path would show
 * the user name and mean little to most members), and the two ways to delete it.
 */
export function YourDataSection({ onDelete }: { onDelete: (what: DataToDelete) => void }) {
  const { t } = useTranslation('privacy');
  const headingId = useId();
  return (
    <section className="your-data" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('section.heading')}</h3>
      <p>{t('section.where')}</p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={() => onDelete('printLog')}>
          {t('section.deleteLog')}
        </button>
        <button type="button" className="button" onClick={() => onDelete('all')}>
          {t('section.deleteAll')}
        </button>
      </div>
    </section>
  );
}
