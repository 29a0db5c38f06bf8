import { useTranslation } from 'react-i18next';
import { LineField, TextAreaField } from './editor-fields';
import { withLetterText } from './letter-text-edit';
import { RecognitionNotes } from './recognition-note';
import { SalutationPairs } from './salutation-pairs';
import type { LanguageSectionProps } from './section-props';

/** The rest of one language's text: background for members, greeting, the note at the end, postage and the postal note. */
export function ExtrasSection({ draft, problems, language, onCampaign }: LanguageSectionProps) {
  const { t } = useTranslation('editor');
  const text = draft.campaign.languages[language];
  if (!text) return null;
  const at = `languages.${language}`;
  const change = (patch: Parameters<typeof withLetterText>[2]) => onCampaign((c) => withLetterText(c, language, patch));
  return (
    <>
      <TextAreaField
        label={t('extras.summary')}
        hint={t('extras.summaryHint')}
        field={`${at}.summary`}
        problems={problems}
        value={text.summary ?? ''}
        onChange={(summary) => change({ summary })}
      />
      <RecognitionNotes recognition={draft.recognition} parts={['salutation', 'closing']} language={language} />
      <SalutationPairs
        pairs={text.salutations ?? []}
        at={`${at}.salutations`}
        language={language}
        recipient={draft.campaign.recipient}
        problems={problems}
        onChange={(salutations) => change({ salutations })}
      />
      <RecognitionNotes recognition={draft.recognition} parts={['footer']} language={language} />
      <TextAreaField
        label={t('extras.footer')}
        hint={t('extras.footerHint')}
        field={`${at}.footer`}
        problems={problems}
        rows={3}
        value={text.footer ?? ''}
        onChange={(footer) => change({ footer })}
      />
      <LineField
        label={t('extras.postage')}
        hint={t('extras.postageHint')}
        field={`${at}.postage`}
        problems={problems}
        value={text.postage ?? ''}
        onChange={(postage) => change({ postage })}
      />
      <LineField
        label={t('extras.postalNote')}
        hint={t('extras.postalNoteHint')}
        field={`${at}.postalNote`}
        problems={problems}
        value={text.postalNote ?? ''}
        onChange={(postalNote) => change({ postalNote })}
      />
    </>
  );
}
