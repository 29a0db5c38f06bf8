import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SenderProfile } from '../../../shared/letter/options';
import { CheckboxField } from '../fields/checkbox-field';
import { TextField } from '../fields/text-field';
import { TitleField } from './title-field';

type TextKey = Exclude<keyof SenderProfile, 'initialsOnly' | 'title'>;

// Field order follows an envelope: who (the title first, picked in TitleField), then where. maxLength mirrors the profile schema.
const FIELDS: { key: TextKey; label: string; autoComplete: string; maxLength: number; size?: 'short'; hint?: string }[] = [
  { key: 'firstName', label: 'details.firstName', autoComplete: 'given-name', maxLength: 120 },
  { key: 'lastName', label: 'details.lastName', autoComplete: 'family-name', maxLength: 120 },
  { key: 'street', label: 'details.street', autoComplete: 'address-line1', maxLength: 200 },
  { key: 'addressLine2', label: 'details.addressLine2', autoComplete: 'address-line2', maxLength: 200, hint: 'details.addressLine2Hint' },
  { key: 'postcode', label: 'details.postcode', autoComplete: 'postal-code', maxLength: 20, size: 'short' },
  { key: 'city', label: 'details.city', autoComplete: 'address-level2', maxLength: 120 },
  { key: 'country', label: 'details.country', autoComplete: 'country-name', maxLength: 120 },
  { key: 'datePlace', label: 'details.datePlace', autoComplete: 'off', maxLength: 120, hint: 'details.datePlaceHint' },
];

interface ProfileFieldsProps {
  profile: SenderProfile;
  onChange: (patch: Partial<SenderProfile>) => void;
}

export function ProfileFields({ profile, onChange }: ProfileFieldsProps) {
  const { t } = useTranslation();
  // Kept from render to render, so the (memoised) title field skips the keys typed elsewhere.
  const onTitle = useCallback((title: string) => onChange({ title }), [onChange]);
  return (
    <fieldset className="field-group">
      <legend>{t('details.addressLegend')}</legend>
      <TitleField value={profile.title} onChange={onTitle} />
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={t(field.label)}
          hint={field.hint ? t(field.hint) : undefined}
          value={profile[field.key]}
          autoComplete={field.autoComplete}
          maxLength={field.maxLength}
          size={field.size}
          onChange={(value) => onChange({ [field.key]: value })}
        />
      ))}
      <CheckboxField
        label={t('details.initialsOnly')}
        hint={t('details.initialsOnlyHint')}
        checked={profile.initialsOnly}
        onChange={(initialsOnly) => onChange({ initialsOnly })}
      />
    </fieldset>
  );
}
