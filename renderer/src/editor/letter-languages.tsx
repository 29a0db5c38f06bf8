import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncer } from '../announcer';
import { AddLanguageDialog, type NewLanguageSource } from './add-language-dialog';
import { ConfirmDialog } from './confirm-dialog';
import { useLanguageWords } from './language-words';
import { LanguageBar } from './language-bar';
import { withoutLanguage } from './letter-text-edit';
import type { SectionProps } from './section-props';

interface LetterLanguagesProps extends Omit<SectionProps, 'problems'> {
  language: string | undefined;
  onLanguage: (code: string) => void;
  /** Reads a letter into a new language; resolves like AddLanguageDialog's onAdd. */
  onAddFromLetter: (code: string, source: Exclude<NewLanguageSource, { kind: 'typed' }>) => Promise<string | null>;
}

/** Above each language's screens: which language is being written, adding and removing one. */
export function LetterLanguages({ draft, language, onLanguage, onCampaign, onDraft, onAddFromLetter }: LetterLanguagesProps) {
  const { t } = useTranslation('editor');
  const { status } = useAnnouncer();
  const inWords = useLanguageWords();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const languages = Object.keys(draft.campaign.languages);

  const add = async (code: string, source: NewLanguageSource): Promise<string | null> => {
    if (source.kind !== 'typed') {
      const outcome = await onAddFromLetter(code, source);
      if (outcome === null) setAdding(false);
      return outcome;
    }
    onCampaign((c) => ({ ...c, languages: { ...c.languages, [code]: { title: '', body: '' } } }));
    onLanguage(code);
    setAdding(false);
    status(t('languages.added', { language: inWords(code) }));
    return null;
  };
  const remove = (code: string) => {
    onDraft((d) => withoutLanguage(d, code));
    setRemoving(null);
    status(t('languages.removed', { language: inWords(code) }));
  };

  return (
    <>
      <LanguageBar languages={languages} current={language} onSelect={onLanguage} onAdd={() => setAdding(true)} onRemove={setRemoving} />
      {language && languages.length > 1 && <p className="hint">{t('languages.previewed', { language: inWords(language) })}</p>}
      {languages.length === 0 && <p>{t('languages.none')}</p>}
      {adding && <AddLanguageDialog existing={languages} onAdd={add} onCancel={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title={t('languages.removeTitle', { language: inWords(removing) })}
          question={t('languages.removeQuestion', { language: inWords(removing) })}
          confirm={t('languages.removeConfirm')}
          onConfirm={() => remove(removing)}
          onKeep={() => setRemoving(null)}
        />
      )}
    </>
  );
}
