import { PersonFields } from './person-fields';
import { RecognitionNotes } from './recognition-note';
import type { SectionProps } from './section-props';

/** To whom the letter goes: everything the envelope and the forms of address need. */
export function RecipientSection({ draft, problems, onCampaign }: SectionProps) {
  return (
    <>
      <RecognitionNotes recognition={draft.recognition} parts={['recipient']} />
      <PersonFields
        person={draft.campaign.recipient}
        at="recipient"
        problems={problems}
        onChange={(recipient) => onCampaign((c) => ({ ...c, recipient }))}
      />
    </>
  );
}
