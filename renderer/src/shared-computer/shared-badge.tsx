import { useTranslation } from 'react-i18next';

/** In the header on a shared computer: the mode is on, and how many letters went out today. */
export function SharedBadge({ printedToday }: { printedToday: number }) {
  const { t } = useTranslation('help');
  return (
    <p className="shared-badge">
      <strong>{t('shared.badge')}</strong>
      <span aria-hidden="true"> · </span>
      <span role="status" className="shared-badge__count">
        {t('shared.printedToday', { count: printedToday })}
      </span>
    </p>
  );
}
