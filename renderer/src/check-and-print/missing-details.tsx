import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../shared/letter/options';
import { missingFields } from './missing-fields';

/** "Still missing from your details: Street and number, Postcode." — the fields by their labels in step 3. */
export function MissingText({ missing }: { missing: (keyof SenderProfile)[] }) {
  const { t } = useTranslation();
  return <>{t('print.missing', { fields: missing.map((key) => t(`details.${key}`)).join(', ') })}</>;
}

/** A gentle reminder, not a barrier: a coordinator may print a letter to be completed by hand. */
export function MissingDetails({ profile, onEdit }: { profile: SenderProfile; onEdit: () => void }) {
  const { t } = useTranslation();
  const missing = missingFields(profile);
  if (missing.length === 0) return null;
  return (
    <div className="notice notice--short">
      <p>
        <MissingText missing={missing} />
      </p>
      <button type="button" className="button" onClick={onEdit}>
        {t('print.editDetails')}
      </button>
    </div>
  );
}
