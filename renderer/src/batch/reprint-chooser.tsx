import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintLogEntry } from '../../../shared/api/contract';
import { memberDisplayName } from '../../../shared/members/member';
import { BatchOutputActions } from './batch-output';
import { useCampaignChoice } from './use-campaign';

/** After a paper jam: tick the members whose letters are missing and print only those again. */
export function ReprintChooser({ entry, onClose }: { entry: PrintLogEntry; onClose: () => void }) {
  const { t } = useTranslation('batch');
  const base = useId();
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const toggle = (index: number) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  const members = entry.members.filter((_, i) => ticked.has(i));
  // The buttons count every letter, the embassy copies the run made included.
  const { campaign } = useCampaignChoice(entry.campaignId);
  const copiesPerMember = entry.settings.withCopies ? (campaign?.copies?.length ?? 0) : 0;

  return (
    <div className="reprint">
      <fieldset className="choice-group">
        <legend>{t('log.choose')}</legend>
        <div className="choice-group__options">
          {entry.members.map((member, index) => (
            <div key={index} className="field field--checkbox">
              <input id={`${base}-${index}`} type="checkbox" className="checkbox" checked={ticked.has(index)} onChange={() => toggle(index)} />
              <label htmlFor={`${base}-${index}`}>{`${memberDisplayName(member)}, ${member.city}`}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {members.length > 0 ? (
        <BatchOutputActions
          request={{ groupName: entry.groupName, members, settings: entry.settings, padToEven: entry.padToEven }}
          copiesPerMember={copiesPerMember}
          ticked
        />
      ) : (
        <p className="hint">{t('log.tickFirst')}</p>
      )}
      <button type="button" className="button" aria-expanded={true} onClick={onClose}>
        {t('log.close')}
      </button>
    </div>
  );
}
