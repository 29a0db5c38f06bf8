import { useTranslation } from 'react-i18next';
import type { DraftPerson } from '../../../shared/campaign/draft';
import type { DraftProblem } from '../../../shared/campaign/draft-problems';
import { AddressField } from './address-field';
import { LineField, SelectField } from './editor-fields';
import { GENDER_CHOICES, ROLE_CHOICES, isGender, isRole } from './people';

interface PersonFieldsProps {
  person: DraftPerson;
  /** "recipient" or "copies.0": where the person is in the draft. */
  at: string;
  problems: readonly DraftProblem[];
  onChange: (person: DraftPerson) => void;
}

/** Who receives the letter (or a copy): position and gender in words, name, address. */
export function PersonFields({ person, at, problems, onChange }: PersonFieldsProps) {
  const { t } = useTranslation('editor');
  const change = (patch: Partial<DraftPerson>) => onChange({ ...person, ...patch });
  return (
    <>
      <SelectField
        label={t('person.role')}
        hint={t('person.roleHint')}
        field={`${at}.role`}
        problems={problems}
        value={person.role}
        options={ROLE_CHOICES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        onChange={(role) => isRole(role) && change({ role })}
      />
      <SelectField
        label={t('person.gender')}
        field={`${at}.gender`}
        problems={problems}
        value={person.gender}
        options={GENDER_CHOICES.map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))}
        onChange={(gender) => isGender(gender) && change({ gender })}
      />
      <LineField
        label={t('person.name')}
        hint={t('person.nameHint')}
        field={`${at}.name`}
        problems={problems}
        value={person.name}
        onChange={(name) => change({ name })}
      />
      <LineField
        label={t('person.familyName')}
        hint={t('person.familyNameHint')}
        field={`${at}.familyName`}
        problems={problems}
        value={person.familyName ?? ''}
        onChange={(familyName) => change({ familyName })}
      />
      <AddressField lines={person.address} field={`${at}.address`} problems={problems} onChange={(address) => change({ address })} />
    </>
  );
}
