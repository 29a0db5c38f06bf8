import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../fields/text-field';
import { Modal } from '../importing/modal';
import { languageName } from '../language-names';
import { useLanguageWords } from './language-words';
import { LetterSource } from './letter-source';

/** The languages members write in most; any other by its code. */
const USUAL_LANGUAGES = ['en', 'fr', 'de', 'it', 'es'];
const LANGUAGE_CODE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export type NewLanguageSource = { kind: 'typed' } | { kind: 'file' } | { kind: 'text'; text: string };

interface AddLanguageDialogProps {
  existing: readonly string[];
  /** Adds the language; resolves to a sentence saying why not, '' when the file dialog was cancelled, null when done. */
  onAdd: (code: string, source: NewLanguageSource) => Promise<string | null>;
  onCancel: () => void;
}

/** Another language of the letter: typed by the coordinator, or read from that language's letter. */
export function AddLanguageDialog({ existing, onAdd, onCancel }: AddLanguageDialogProps) {
  const { t } = useTranslation('editor');
  const baseId = useId();
  const inWords = useLanguageWords();
  const offered = USUAL_LANGUAGES.filter((code) => !existing.includes(code));
  const [choice, setChoice] = useState(offered[0] ?? 'other');
  const [otherCode, setOtherCode] = useState('');
  const [source, setSource] = useState<NewLanguageSource>({ kind: 'typed' });
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async () => {
    const code = choice === 'other' ? otherCode.trim().toLowerCase() : choice;
    if (!LANGUAGE_CODE.test(code)) return setProblem(t('addLanguage.codeInvalid'));
    if (existing.includes(code)) return setProblem(t('addLanguage.exists', { language: inWords(code) }));
    if (source.kind === 'text' && !source.text.trim()) return setProblem(t('fromLetter.textEmpty'));
    setBusy(true);
    const outcome = await onAdd(code, source).catch(() => t('common.failed'));
    setBusy(false);
    if (outcome) setProblem(outcome);
  };

  return (
    <Modal labelledBy={`${baseId}-title`} onCancel={onCancel}>
      <h2 id={`${baseId}-title`}>{t('addLanguage.title')}</h2>
      <fieldset className="choice-group">
        <legend>{t('addLanguage.which')}</legend>
        <div className="choice-group__options choice-group__options--inline">
          {[...offered, 'other'].map((code) => (
            <label key={code} className="choice">
              <input type="radio" name={`${baseId}-code`} checked={choice === code} onChange={() => setChoice(code)} />
              <span className="choice__main">{code === 'other' ? t('addLanguage.other') : languageName(code)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {choice === 'other' && (
        <TextField label={t('addLanguage.code')} hint={t('addLanguage.codeHint')} value={otherCode} onChange={setOtherCode} maxLength={20} size="short" />
      )}
      <LetterSource value={source} onChange={setSource} />
      <p role="alert" className="save-status save-status--failed">
        {problem}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => !busy && void add()}>
          {t(source.kind === 'file' ? 'addLanguage.chooseFile' : 'addLanguage.add')}
        </button>
      </div>
    </Modal>
  );
}
