import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign/schema';
import { composeMemberLetters, type BatchSettings } from '../../../shared/members/batch-letters';
import { memberDisplayName, type Member } from '../../../shared/members/member';
import { LetterPreview } from '../preview/letter-preview';

interface MemberStepperProps {
  campaign: Campaign;
  members: Member[];
  settings: BatchSettings;
}

/** Each member's letter as it will print, one at a time, with Previous and Next. */
export function MemberStepper({ campaign, members, settings }: MemberStepperProps) {
  const { t } = useTranslation('batch');
  const [wanted, setIndex] = useState(0);
  const index = Math.min(wanted, members.length - 1);
  const member = members[index];
  const doc = useMemo(() => (member ? composeMemberLetters(campaign, member, settings)[0] : undefined), [campaign, member, settings]);
  if (!member || !doc) return null;
  const position = t('preview.position', { number: index + 1, total: members.length, name: memberDisplayName(member) });

  return (
    <section className="batch-preview" aria-labelledby="batch-preview-heading">
      <h2 id="batch-preview-heading">{t('preview.heading')}</h2>
      <div className="batch-preview__nav">
        <button type="button" className="button" aria-disabled={index === 0} onClick={() => index > 0 && setIndex(index - 1)}>
          <span aria-hidden="true">← </span>
          {t('preview.previous')}
        </button>
        <p className="batch-preview__position" aria-live="polite">
          {position}
        </p>
        <button
          type="button"
          className="button"
          aria-disabled={index >= members.length - 1}
          onClick={() => index < members.length - 1 && setIndex(index + 1)}
        >
          {t('preview.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="preview-pane__page">
        <LetterPreview doc={doc} zoom="fit" label={t('preview.documentLabel', { name: memberDisplayName(member) })} />
      </div>
    </section>
  );
}
