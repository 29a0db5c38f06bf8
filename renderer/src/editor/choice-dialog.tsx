import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../fields/text-field';
import { Modal } from '../importing/modal';
import { choiceSnippet } from './text-edits';

interface ChoiceDialogProps {
  /** The words selected in the text, offered as the first option. */
  first: string;
  onInsert: (snippet: string) => void;
  onCancel: () => void;
}

/** Asks for the words a member picks from ("member", "supporter") and makes `{{member|supporter}}` of them. */
export function ChoiceDialog({ first, onInsert, onCancel }: ChoiceDialogProps) {
  const { t } = useTranslation('editor');
  const baseId = useId();
  const [options, setOptions] = useState<string[]>([first.trim(), '']);
  const [problem, setProblem] = useState('');
  const insert = () => {
    if (options.filter((o) => o.replace(/[{}|]/g, '').trim()).length < 2) setProblem(t('choiceDialog.needTwo'));
    else onInsert(choiceSnippet(options));
  };
  return (
    <Modal labelledBy={`${baseId}-title`} describedBy={`${baseId}-intro`} onCancel={onCancel}>
      <h2 id={`${baseId}-title`}>{t('choiceDialog.title')}</h2>
      <p id={`${baseId}-intro`}>{t('choiceDialog.intro')}</p>
      {options.map((option, i) => (
        <TextField
          key={i}
          label={t('choiceDialog.option', { number: i + 1 })}
          value={option}
          maxLength={200}
          onChange={(value) => setOptions(options.map((o, j) => (j === i ? value : o)))}
        />
      ))}
      <button type="button" className="button" onClick={() => setOptions([...options, ''])}>
        {t('choiceDialog.addOption')}
      </button>
      <p role="alert" className="save-status save-status--failed">
        {problem}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={insert}>
          {t('choiceDialog.insert')}
        </button>
      </div>
    </Modal>
  );
}
