import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../shared/letter/options';

/** The details a letter needs to reach its writer back; the town alone when only initials are printed. */
function missingFields(profile: SenderProfile): string[] {
  const needed: (keyof SenderProfile)[] = profile.initialsOnly
    ? ['firstName', 'lastName', 'city']
    : ['firstName', 'lastName', 'street', 'postcode', 'city'];
  return needed.filter((key) => String(profile[key]).trim() === '');
}

/** A gentle reminder, not a barrier: a coordinator may print a letter to be completed by hand. */
export function MissingDetails({ profile, onEdit }: { profile: SenderProfile; onEdit: () => void }) {
  const { t } = useTranslation();
  const missing = missingFields(profile);
  if (missing.length === 0) return null;
  return (
    <div className="notice">
      <p>{t('print.missing', { fields: missing.map((key) => t(`details.${key}`)).join(', ') })}</p>
      <button type="button" className="button" onClick={onEdit}>
        {t('print.editDetails')}
      </button>
    </div>
  );
}
