import { useTranslation } from 'react-i18next';
import type { RecognitionReport } from '../../../shared/api/contract';
import type { LetterPart } from '../../../shared/campaign/from-letter/types';
import { useLanguageWords } from './language-words';

type ReportPart = RecognitionReport['parts'][number];

/**
 * Beside a field filled from a letter: whether the app was sure, why not, and the letter's own
 * words under "What the letter said", so the coordinator can compare without the letter at hand.
 */
function PartNote({ part, language }: { part: ReportPart; language?: string }) {
  const { t } = useTranslation('editor');
  const inWords = useLanguageWords();
  const name = t(`recognition.parts.${part.part}`);
  const heading = language ? t('recognition.partIn', { part: name, language: inWords(language) }) : name;
  if (part.sure && !part.original.trim()) return null;
  return (
    <div className={part.sure ? 'recognition' : 'recognition recognition--unsure'}>
      {!part.sure && (
        <>
          <p className="recognition__unsure">
            <span aria-hidden="true">⚠ </span>
            {t('recognition.unsure', { part: heading })}
          </p>
          <ul className="recognition__reasons">
            {part.reasons.map((reason) => (
              <li key={reason}>{t(`recognition.reason.${reason}`)}</li>
            ))}
          </ul>
        </>
      )}
      {part.original.trim() && (
        <details className="recognition__said">
          <summary>{t('recognition.said', { part: heading })}</summary>
          <p className="recognition__original" lang={language}>
            {part.original}
          </p>
        </details>
      )}
    </div>
  );
}

interface RecognitionNotesProps {
  recognition: Record<string, RecognitionReport>;
  parts: readonly LetterPart[];
  /** Only this language's report (a letter text's parts); all of them for the recipient and copies. */
  language?: string;
  /** For parts the app writes itself (place and date, signature): only a doubt is worth saying. */
  onlyUnsure?: boolean;
}

/** The notes for some parts of the letter(s) a draft was made from; nothing for a typed draft. */
export function RecognitionNotes({ recognition, parts, language, onlyUnsure = false }: RecognitionNotesProps) {
  const reports = Object.entries(recognition).filter(([code]) => language === undefined || code === language);
  const named = reports.length > 1;
  return (
    <>
      {reports.flatMap(([code, report]) =>
        report.parts
          .filter((part) => parts.includes(part.part) && !(onlyUnsure && part.sure))
          .map((part, i) => <PartNote key={`${code}-${part.part}-${i}`} part={part} language={named ? code : undefined} />),
      )}
    </>
  );
}
