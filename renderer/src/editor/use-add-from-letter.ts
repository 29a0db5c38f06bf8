import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/api/contract';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import type { NewLanguageSource } from './add-language-dialog';
import { useLanguageWords } from './language-words';

interface AddFromLetterDeps {
  draftId: string;
  flush: () => Promise<boolean>;
  adopt: (draft: Draft) => void;
  onAdded: (code: string) => void;
}

/**
 * Another language read from its letter (addLetterLanguage). Main changes the saved draft, so
 * what is on screen is saved first and main's version is taken after. When the new letter is
 * addressed differently, the coordinator is told which parts differ.
 */
export function useAddFromLetter({ draftId, flush, adopt, onAdded }: AddFromLetterDeps) {
  const { t } = useTranslation('editor');
  const { status } = useAnnouncer();
  const inWords = useLanguageWords();
  return async (code: string, source: Exclude<NewLanguageSource, { kind: 'typed' }>): Promise<string | null> => {
    if (!(await flush())) return t('save.failed');
    const result = await api.addLetterLanguage({ id: draftId, source, language: code });
    if (!result) return ''; // the file dialog was cancelled: the coordinator is still choosing
    if (!result.ok) return result.message;
    adopt(result.draft);
    onAdded(code);
    const language = inWords(code);
    const differs = result.recipientDifferences.map((part) => t(`recipientDiffers.${part}`));
    status(
      differs.length > 0
        ? t('recipientDiffers.sentence', { language, parts: differs.join(t('recipientDiffers.separator')), count: differs.length })
        : t('languages.added', { language }),
    );
    return null;
  };
}
