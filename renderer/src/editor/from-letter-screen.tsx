import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/api/contract';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { ScreenHeading } from '../screen-heading';
import { LetterLanguageChoice } from './letter-language-choice';

interface FromLetterScreenProps {
  kind: 'file' | 'text';
  onMade: (draft: Draft) => void;
  onBack: () => void;
}

/**
 * A campaign from the month's letter: its language (or "find out"), then the file or the pasted
 * text. What went wrong is said under the button just pressed; pasted text stays in its box.
 */
export function FromLetterScreen({ kind, onMade, onBack }: FromLetterScreenProps) {
  const { t } = useTranslation('editor');
  const { status } = useAnnouncer();
  const textId = useId();
  const [language, setLanguage] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  const read = async () => {
    if (busy) return;
    if (kind === 'text' && !text.trim()) {
      setProblem(t('fromLetter.textEmpty'));
      box.current?.focus();
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      const source = kind === 'file' ? { kind } : { kind, text };
      const result = await api.draftFromLetter({ source, ...(language ? { language } : {}) });
      if (!result) return; // the file dialog was cancelled
      if (!result.ok) return setProblem(result.message);
      status(t('fromLetter.made'));
      onMade(result.draft);
    } catch {
      setProblem(t('common.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="campaign-editor" className="workspace editor-start" tabIndex={-1}>
      <ScreenHeading focusOnMount>{t(kind === 'file' ? 'fromLetter.fileHeading' : 'fromLetter.textHeading')}</ScreenHeading>
      <LetterLanguageChoice value={language} onChange={setLanguage} />
      {kind === 'text' && (
        <div className="field">
          <label htmlFor={textId}>{t('fromLetter.textLabel')}</label>
          <p id={`${textId}-hint`} className="hint">
            {t('fromLetter.textHint')}
          </p>
          <textarea
            id={textId}
            ref={box}
            className="input textarea pasted-letter"
            rows={14}
            value={text}
            aria-describedby={`${textId}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      )}
      {kind === 'file' && <p>{t('fromLetter.fileHint')}</p>}
      <div className="batch-actions">
        <button type="button" className="button button--big button--primary" aria-disabled={busy} onClick={() => void read()}>
          {t(kind === 'file' ? 'fromLetter.chooseFile' : 'fromLetter.read')}
        </button>
        <button type="button" className="button button--big" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
      <p role="status" className="save-status">
        {busy && t('fromLetter.reading')}
      </p>
      <div role="alert">{problem && <p className="message message--error">{problem}</p>}</div>
    </main>
  );
}
