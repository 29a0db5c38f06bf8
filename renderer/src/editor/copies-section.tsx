import { useTranslation } from 'react-i18next';
import type { DraftPerson } from '../../../shared/campaign/draft';
import { useAnnouncer } from '../announcer';
import { emptyPerson } from './people';
import { PersonFields } from './person-fields';
import { RecognitionNotes } from './recognition-note';
import type { SectionProps } from './section-props';

/** Who gets a copy of the letter: usually the country's embassy, added with one button. */
export function CopiesSection({ draft, problems, onCampaign }: SectionProps) {
  const { t } = useTranslation('editor');
  const { status } = useAnnouncer();
  const copies = draft.campaign.copies ?? [];
  const setCopies = (change: (list: DraftPerson[]) => DraftPerson[]) => onCampaign((c) => ({ ...c, copies: change(c.copies ?? []) }));
  const embassy = (): DraftPerson => {
    const country = draft.campaign.country?.trim();
    return { ...emptyPerson('ambassador'), address: [country ? t('copies.embassyLine', { country }) : t('copies.embassyBlank')] };
  };
  const remove = (index: number) => {
    setCopies((list) => list.filter((_, i) => i !== index));
    status(t('copies.removed', { number: index + 1 }));
  };
  return (
    <>
      <RecognitionNotes recognition={draft.recognition} parts={['copies']} />
      {copies.length === 0 && <p>{t('copies.none')}</p>}
      {copies.map((copy, index) => (
        <fieldset key={index} className="field-group editor-person">
          <legend>{t('copies.heading', { number: index + 1 })}</legend>
          <PersonFields
            person={copy}
            at={`copies.${index}`}
            problems={problems}
            onChange={(person) => setCopies((list) => list.map((c, i) => (i === index ? person : c)))}
          />
          <button type="button" className="button" onClick={() => remove(index)}>
            {t('copies.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="batch-actions">
        <button type="button" className="button" onClick={() => setCopies((list) => [...list, embassy()])}>
          {t('copies.addEmbassy')}
        </button>
        <button type="button" className="button" onClick={() => setCopies((list) => [...list, emptyPerson('official')])}>
          {t('copies.add')}
        </button>
      </div>
    </>
  );
}
