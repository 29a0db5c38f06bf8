import { useTranslation } from 'react-i18next';
import { BodyEditor } from './body-editor';
import { LineField } from './editor-fields';
import { withLetterText, withoutUnplaced } from './letter-text-edit';
import { RecognitionNotes } from './recognition-note';
import type { LanguageSectionProps } from './section-props';
import { UnplacedBox } from './unplaced-box';

/** One language's letter: its title, subject and text, beside what the letter it came from said. */
export function TextSection({ draft, problems, language, onCampaign, onDraft }: LanguageSectionProps) {
  const { t } = useTranslation('editor');
  const text = draft.campaign.languages[language];
  const report = draft.recognition[language];
  if (!text) return null;
  const at = `languages.${language}`;
  const change = (patch: Parameters<typeof withLetterText>[2]) => onCampaign((c) => withLetterText(c, language, patch));
  return (
    <>
      {report && <UnplacedBox pieces={report.unplaced} language={language} onDone={(i) => onDraft((d) => withoutUnplaced(d, language, i))} />}
      {report && report.senderBlanks.length > 0 && <p className="notice">{t('recognition.senderBlanks')}</p>}
      <RecognitionNotes recognition={draft.recognition} parts={['placeDate', 'signature']} language={language} onlyUnsure />
      <LineField
        label={t('text.title')}
        hint={t('text.titleHint')}
        field={`${at}.title`}
        problems={problems}
        value={text.title}
        onChange={(title) => change({ title })}
      />
      <LineField
        label={t('text.subject')}
        hint={t('text.subjectHint')}
        field={`${at}.subject`}
        problems={problems}
        value={text.subject ?? ''}
        onChange={(subject) => change({ subject })}
      />
      <RecognitionNotes recognition={draft.recognition} parts={['subject', 'body']} language={language} />
      <BodyEditor value={text.body} field={`${at}.body`} language={language} problems={problems} onChange={(body) => change({ body })} />
    </>
  );
}
